package org.cstkg.serve;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server over an in-memory store into which the sample digest ({@code data/samples}) is ingested through the
 * pipeline on first start. Test classes carrying exactly this annotation share one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CstkgWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "cstkg.db=mem:", "cstkg.initial-load=data/samples",
                "cstkg.public-base=" + SampleFixture.PUBLIC_BASE })
public @interface SampleFixture {

    String PUBLIC_BASE = "https://cstkg.example.org/kg";
}
