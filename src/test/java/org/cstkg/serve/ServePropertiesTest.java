package org.cstkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/** The settings as Spring binds them from {@code cstkg.*}: documented defaults, and bad values stopped by name. */
public class ServePropertiesTest {

    /** The settings bound from these properties, as the server binds them. */
    public static ServeProperties bind(Map<String, String> properties) {
        return new Binder(List.of(new MapConfigurationPropertySource(properties)), null,
                ApplicationConversionService.getSharedInstance()).bindOrCreate("cstkg", ServeProperties.class);
    }

    @Test
    void defaults() {
        ServeProperties p = bind(Map.of());
        assertThat(p.db()).isEqualTo("run/tdb2");
        assertThat(p.initialLoad()).containsExactly(Path.of("data/samples"), Path.of("corpus"));
        assertThat(p.publicBase()).isEqualTo("https://w3id.org/cstkg");
        assertThat(p.serviceAllowList()).isEmpty();
        assertThat(p.limits().queryTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.limits().queryTimeoutText()).isEqualTo("30 s");
        assertThat(p.limits().resultRows()).isEqualTo(10_000);
        assertThat(p.limits().resultSize().toMegabytes()).isEqualTo(16);
        assertThat(p.limits().requestSize().toKilobytes()).isEqualTo(64);
        assertThat(p.limits().clientConcurrency()).isEqualTo(6);
    }

    @Test
    void settings() {
        ServeProperties p = bind(Map.of("cstkg.public-base", "https://kg.example.org/cstkg/",
                "cstkg.limits.query-timeout", "1500ms", "cstkg.service-allow-list",
                "https://query.wikidata.org/sparql,http://localhost:3030/ds"));
        assertThat(p.publicBase()).as("trailing slash dropped").isEqualTo("https://kg.example.org/cstkg");
        assertThat(p.limits().queryTimeoutText()).isEqualTo("1.5 s");
        assertThat(Limits.text(org.springframework.util.unit.DataSize.parse("512KB"))).isEqualTo("512 KB");
        assertThat(Limits.text(org.springframework.util.unit.DataSize.parse("16MB"))).isEqualTo("16 MB");
        assertThat(p.serviceAllowList()).containsExactly(URI.create("https://query.wikidata.org/sparql"),
                URI.create("http://localhost:3030/ds"));
    }

    @Test
    void badValuesAreRefusedByName() {
        assertThatThrownBy(() -> bind(Map.of("cstkg.public-base", "w3id.org/cstkg")))
                .rootCause().hasMessageContaining("cstkg.public-base");
        assertThatThrownBy(() -> bind(Map.of("cstkg.public-base", "https://example.org/?x=1")))
                .rootCause().hasMessageContaining("cstkg.public-base");
        assertThatThrownBy(() -> bind(Map.of("cstkg.limits.query-timeout", "0s")))
                .rootCause().hasMessageContaining("cstkg.limits.query-timeout");
        assertThatThrownBy(() -> bind(Map.of("cstkg.limits.client-concurrency", "0")))
                .rootCause().hasMessageContaining("cstkg.limits.client-concurrency");
        assertThatThrownBy(() -> bind(Map.of("cstkg.service-allow-list", "file:///etc/passwd")))
                .rootCause().hasMessageContaining("cstkg.service-allow-list");
    }
}
