/** The benchmark suite's own tools (bench/run): query timing over several engines, an HTTP load client, the report. */
package org.cstkg.bench;
