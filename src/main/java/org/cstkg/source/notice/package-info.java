/**
 * Chinese official notices (通知, 意见, 办法 …) as saved from a government site, as text or HTML: header fields, title
 * line, document number, addressees, body, signature and date.
 */
package org.cstkg.source.notice;
