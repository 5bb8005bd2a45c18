/** A news page saved from a browser: metadata from {@code <meta>}, the story's text without the page around it. */
package org.cstkg.source.html;
