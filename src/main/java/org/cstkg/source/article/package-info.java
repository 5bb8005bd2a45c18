/**
 * A single news text as copied from a page (Korean services of Xinhua, People's Daily, CRI, Korean newspapers,
 * institutes' posts): headline, datelines, bylines, photo credits, date and source lines, and the story's sentences.
 */
package org.cstkg.source.article;
