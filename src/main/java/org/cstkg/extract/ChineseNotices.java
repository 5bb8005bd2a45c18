package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * The issuers of a Chinese official notice, as its title names them: {@code 工业和信息化部 教育部 科学技术部关于印发
 * 《人形机器人创新发展指导意见》的通知} — the bodies before 关于印发 (or 印发, 发布) issued the document in 《》.
 */
final class ChineseNotices implements RelationRule {

    private static final Pattern ISSUING = Pattern.compile(
            "^\\s*(?:等\\s*\\S{0,3}部门)?\\s*(?:关于|關於)?\\s*(?:联合|聯合)?\\s*(?:印发|印發|发布|發布|公布|颁布|頒布|出台)?\\s*[《〈]?$");
    private static final Pattern PEERS = Pattern.compile("^\\s*[、，,和及与與]?\\s*$");

    @Override
    public String name() {
        return "issuer-of-notice";
    }

    @Override
    public void apply(Sentence s, FactSink sink) {
        List<Mention> top = s.top();
        for (int i = 0; i < top.size(); i++) {
            Mention policy = top.get(i);
            if (s.entity(policy).type() != EntityType.Policy || i == 0)
                continue;
            Mention last = top.get(i - 1);
            if (!s.entity(last).type().isOrganization()
                    || !ISSUING.matcher(s.text().substring(last.end(), policy.start())).matches()
                    || !Rx.matches(s.text().substring(last.end(), policy.start()), ".*[关關印发發布颁頒出《〈].*"))
                continue;
            List<Mention> issuers = new ArrayList<>(List.of(last));
            for (int k = i - 2; k >= 0; k--) {
                Mention m = top.get(k);
                if (!s.entity(m).type().isOrganization()
                        || !PEERS.matcher(s.text().substring(m.end(), issuers.get(0).start())).matches())
                    break;
                issuers.add(0, m);
            }
            for (Mention m : issuers)
                sink.relation(s.entity(policy), "issuedBy", s.entity(m), name());
        }
    }
}
