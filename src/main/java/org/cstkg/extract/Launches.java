package org.cstkg.extract;

import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * A launch told in one sentence: {@code S에서 M을 R 로켓에 실어 쏘아 올렸다}, {@code M이 S에서 R로 발사됐다}. The mission or
 * spacecraft is the object or subject next to the launch verb; the site is a launch centre followed by 에서; the
 * vehicle a rocket followed by 에 실어, 로, 으로.
 */
final class Launches implements RelationRule {

    private static final Pattern LAUNCH = Pattern.compile("(?:" + Cues.alternation("launch-verb") + ")");
    private static final Pattern SITE = Pattern.compile(".*(발사센터|발사장|발사기지|발사장|우주센터|발사 센터)$");

    @Override
    public String name() {
        return "launch";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        if (!LAUNCH.matcher(s.text()).find())
            return;
        Entity site = null, vehicle = null;
        for (Mention m : s.top()) {
            Entity e = s.entity(m);
            String after = Rx.replaceFirst(s.after(m), "^\\([^)]*\\)", "");
            if (e.type() == EntityType.Facility && SITE.matcher(m.name()).matches() && after.startsWith("에서"))
                site = e;
            if (e.type() == EntityType.Technology
                    && Rx.matches(after, "^['’\"]?\\s?(?:\\S{0,4}\\s?)?(?:로켓|운반로켓|발사체)?\\s?(?:에\\s?실어|에\\s?탑재|으로|로|에 실려|에\\s?실린)[\\s\\S]*"))
                vehicle = e;
        }
        for (Mention m : s.top()) {
            Entity mission = s.entity(m);
            if (mission.type() != EntityType.Program && mission.type() != EntityType.Facility || mission == site)
                continue;
            String after = Rx.replaceFirst(s.after(m), "^\\([^)]*\\)", "");
            if (!Rx.matches(after, "^['’\"]?\\s?(?:을|를|이|가|은|는)\\s[\\s\\S]*"))
                continue;
            if (site != null)
                sink.relation(mission, "launchedFrom", site, "launch-site");
            if (vehicle != null)
                sink.relation(mission, "launchVehicle", vehicle, "launch-vehicle");
            break;
        }
    }
}
