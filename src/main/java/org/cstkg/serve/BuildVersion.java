package org.cstkg.serve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The version of this build, from {@code META-INF/build-info.properties} (written by the Maven build). */
@Component
public class BuildVersion {

    private final String version;

    BuildVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties props = build.getIfAvailable();
        String v = props != null ? props.getVersion() : BuildVersion.class.getPackage().getImplementationVersion();
        this.version = v == null ? "unknown" : v;
    }

    public String version() {
        return version;
    }
}
