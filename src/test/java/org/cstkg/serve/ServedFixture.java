package org.cstkg.serve;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server (Spring on a random port, Fuseki on a random loopback port) over an in-memory store loaded with
 * {@code serve/fixture.trig}. Every test class carrying exactly this annotation shares one server (Spring caches the
 * context), which keeps the suite fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cstkg.db=mem:", "cstkg.initial-load=src/test/resources/serve/fixture.trig",
                "cstkg.public-base=" + ServedFixture.PUBLIC_BASE })
public @interface ServedFixture {

    /** A public base other than the default, so tests see that the configured one is used. */
    String PUBLIC_BASE = "https://cstkg.example.org/kg";
}
