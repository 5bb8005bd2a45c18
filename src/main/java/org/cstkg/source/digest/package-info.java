/** The numbered weekly digest (KOSTEC's 중국 과학기술 정책 주간동향), as text or as text taken from its PDF. */
package org.cstkg.source.digest;
