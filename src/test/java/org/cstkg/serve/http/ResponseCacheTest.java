package org.cstkg.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    static ResponseCache.Entry entry(int bytes) {
        return new ResponseCache.Entry(List.of(), new byte[bytes], "\"x\"");
    }

    @Test
    void keepsAnswersForOneStoreVersionOnly() {
        ResponseCache cache = new ResponseCache(1600);
        assertThat(cache.put("a", 3, entry(10))).isTrue();
        assertThat(cache.get("a", 3)).isNotNull();
        assertThat(cache.get("a", 2)).as("a request that read an older version").isNull();
        assertThat(cache.put("b", 2, entry(10))).as("computed before the store moved on").isFalse();
        assertThat(cache.get("a", 4)).as("the store changed").isNull();
        assertThat(cache.size()).isZero();
        assertThat(cache.get("a", 3)).isNull();
    }

    @Test
    void boundedByBytesLeastRecentlyUsedFirstOut() {
        ResponseCache cache = new ResponseCache(1600); // at most 100 bytes an answer
        assertThat(cache.put("big", 1, entry(101))).isFalse();
        for (int i = 0; i < 16; i++)
            cache.put("k" + i, 1, entry(100));
        assertThat(cache.bytes()).isEqualTo(1600);
        cache.get("k0", 1); // used: k1 is now the oldest
        cache.put("k16", 1, entry(100));
        assertThat(cache.bytes()).isEqualTo(1600);
        assertThat(cache.get("k0", 1)).isNotNull();
        assertThat(cache.get("k1", 1)).isNull();
        cache.put("k16", 1, entry(50)); // replaced, not added
        assertThat(cache.bytes()).isEqualTo(1550);
    }

    @Test
    void sizeZeroKeepsNothing() {
        ResponseCache cache = new ResponseCache(0);
        assertThat(cache.put("a", 1, entry(1))).isFalse();
        assertThat(cache.get("a", 1)).isNull();
        assertThatThrownBy(() -> new ResponseCache(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
