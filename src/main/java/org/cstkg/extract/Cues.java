package org.cstkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cstkg.rdf.EntityType;

/**
 * Korean cue words of Chinese S&T news: name suffixes that give an entity's type, verbs that signal a relation, role
 * titles, and words that look like names but are not. General Korean and Chinese vocabulary, not tied to one report.
 */
final class Cues {

    private Cues() {}

    /** Suffixes of organisation and facility names, longest first, with the type they give. */
    static final List<Map.Entry<String, EntityType>> NAME_SUFFIXES = List.of(
            Map.entry("위성발사센터", EntityType.Facility), Map.entry("발사센터", EntityType.Facility),
            Map.entry("발사장", EntityType.Facility),
            Map.entry("망원경", EntityType.Facility), Map.entry("슈퍼컴퓨팅센터", EntityType.Facility),
            Map.entry("데이터센터", EntityType.Facility), Map.entry("컴퓨팅센터", EntityType.Facility),
            Map.entry("산력센터", EntityType.Facility), Map.entry("가속기", EntityType.Facility),
            Map.entry("원자로", EntityType.Facility), Map.entry("발전소", EntityType.Facility),
            Map.entry("풍동", EntityType.Facility), Map.entry("중성자원", EntityType.Facility),
            Map.entry("광원", EntityType.Facility), Map.entry("관측소", EntityType.Facility),
            Map.entry("인민정부", EntityType.GovernmentBody), Map.entry("인민대표대회", EntityType.GovernmentBody),
            Map.entry("위원회", EntityType.GovernmentBody), Map.entry("판공실", EntityType.GovernmentBody),
            Map.entry("판공청", EntityType.GovernmentBody), Map.entry("관리국", EntityType.GovernmentBody),
            Map.entry("과기청", EntityType.GovernmentBody), Map.entry("과학기술청", EntityType.GovernmentBody),
            Map.entry("과기국", EntityType.GovernmentBody), Map.entry("과학기술국", EntityType.GovernmentBody),
            Map.entry("총국", EntityType.GovernmentBody), Map.entry("국무원", EntityType.GovernmentBody),
            Map.entry("공업정보화국", EntityType.GovernmentBody), Map.entry("정보화국", EntityType.GovernmentBody),
            Map.entry("교육국", EntityType.GovernmentBody), Map.entry("상무국", EntityType.GovernmentBody),
            Map.entry("재정국", EntityType.GovernmentBody), Map.entry("데이터국", EntityType.GovernmentBody),
            Map.entry("데이터관리국", EntityType.GovernmentBody), Map.entry("에너지국", EntityType.GovernmentBody),
            Map.entry("지식재산권국", EntityType.GovernmentBody), Map.entry("통계국", EntityType.GovernmentBody),
            Map.entry("생태환경국", EntityType.GovernmentBody), Map.entry("위생건강위원회", EntityType.GovernmentBody),
            Map.entry("발전개혁위원회", EntityType.GovernmentBody), Map.entry("발개위", EntityType.GovernmentBody),
            Map.entry("경신위", EntityType.GovernmentBody), Map.entry("과기위", EntityType.GovernmentBody),
            Map.entry("실험실", EntityType.ResearchInstitute), Map.entry("연구소", EntityType.ResearchInstitute),
            Map.entry("연구원", EntityType.ResearchInstitute), Map.entry("연구센터", EntityType.ResearchInstitute),
            Map.entry("연구기지", EntityType.ResearchInstitute), Map.entry("혁신센터", EntityType.ResearchInstitute),
            Map.entry("과학센터", EntityType.ResearchInstitute), Map.entry("과학원", EntityType.ResearchInstitute),
            Map.entry("공정원", EntityType.ResearchInstitute), Map.entry("천문대", EntityType.ResearchInstitute),
            Map.entry("대학교", EntityType.University), Map.entry("대학", EntityType.University),
            Map.entry("학원", EntityType.University),
            Map.entry("유한공사", EntityType.Company), Map.entry("유한회사", EntityType.Company),
            Map.entry("기술회사", EntityType.Company), Map.entry("그룹사", EntityType.Company),
            Map.entry("회사", EntityType.Company), Map.entry("공사", EntityType.Company),
            Map.entry("추진그룹", EntityType.Organization), Map.entry("전문가그룹", EntityType.Organization),
            Map.entry("협회", EntityType.Organization), Map.entry("학회", EntityType.Organization),
            Map.entry("연맹", EntityType.Organization), Map.entry("재단", EntityType.Organization));

    /** Modifiers that make a suffix-name generic when they are all there is before the suffix. */
    static final Set<String> GENERIC_STEMS = Set.of("중점", "국가중점", "공동", "신형", "관련", "해당", "각", "주요", "기존",
            "국가", "중국", "지방", "성급", "시급", "국제", "글로벌", "첨단", "연구", "기술", "혁신", "과학", "대형", "고등",
            "일반", "민간", "외국", "해외", "국내", "전문", "제조업", "산업", "기업", "정부", "당", "본", "동", "이", "그",
            "여러", "다수", "우수", "선도", "일류", "중앙", "지역", "현지", "대", "소", "연합", "산하", "소속", "하이테크", "신설",
            "위성발사", "발사", "선두", "추진", "전문가", "공공", "서비스", "시범", "운영", "거래", "품질", "검사", "평가", "표준");

    /** Words at the end of a quoted title that make it a policy document. */
    static final Pattern POLICY_TITLE = Pattern.compile(
            ".*(계획|규획|방안|의견|지도의견|특별행동|행동|강요|개요|요강|조치|통지|법|조례|규정|판법|세칙|지침|가이드라인|전략|정책|요점|실시방안|공작방안|로드맵|목록|표준)$");

    /** Words at the end of a quoted name that make it a programme or project. */
    static final Pattern PROGRAM_TITLE = Pattern.compile(".*(프로젝트|공정|프로그램|플랜|탐사|임무)$");

    /** Words at the end of a name that make it an event. */
    static final Pattern EVENT_TITLE = Pattern.compile(
            ".*(포럼|대회|회의|이사회|박람회|전람회|엑스포|정상회의|총회|세미나|컨퍼런스|콘퍼런스|당대회|서밋|페어|전시회|기자회견|경진대회|심포지엄)$");

    /** Words after a name that make it a technology (a system, a model, a platform). */
    static final Pattern TECH_AFTER = Pattern.compile(
            "^\\s*['’]?\\s*(시스템|대형\\s?모델|대모델|모델|챗봇|프레임워크|프레임|플랫폼|데이터\\s?세트|데이터세트|칩|프로세서|로봇|운영체제|위성|엔진|알고리즘|버전|소프트웨어)");

    /** Launch vehicle words. */
    static final Pattern ROCKET_AFTER = Pattern.compile("^\\s*(?:\\S{0,6}\\s?)?(로켓|운반로켓|발사체)");

    /** Latin tokens that are common abbreviations, not product names. */
    static final Set<String> GENERIC_LATIN = Set.of("AI", "AGI", "ICT", "IT", "IOT", "R&D", "GDP", "MOU", "STEM", "XR", "VR",
            "AR", "API", "CPU", "GPU", "APP", "SNS", "EU", "UN", "OK", "CEO", "CTO", "PC", "TV", "DNA", "RNA", "ETF", "PPP",
            "AD", "AE", "FE", "KD", "OWDM", "MACS", "T", "E", "I", "V", "F", "LLM", "GPT", "5G", "6G", "4G", "3G");

    /** Role titles that can follow or precede a person's name. */
    static final List<String> ROLES = List.of("부주임", "주임", "원장", "부원장", "소장", "부소장", "총장", "부총장", "학장", "학과장",
            "교수", "부교수", "연구원", "주석", "부주석", "총리", "부총리", "부장", "부부장", "장관", "차관", "국장", "부국장", "청장",
            "부청장", "서기", "위원장", "부위원장", "이사장", "회장", "부회장", "사장", "대표", "총재", "부총재", "원사", "총설계사",
            "비행엔지니어", "화물전문가", "탑재체전문가", "우주비행사", "지령장", "사령관", "선장", "팀장", "센터장", "주임연구원", "박사");

    /** Roles of government officials: their organisation may be named elsewhere in the article. */
    static final Set<String> OFFICIAL_ROLES = Set.of("부장", "부부장", "장관", "차관", "국장", "청장", "주임", "부주임");

    /** Common Chinese surnames (simplified); a Hanja name starting with one of these is read as a person. */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
            + "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
            + "米杭桂";

    static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟");

    /** Verbs of issuing a policy. */
    static final Pattern ISSUE_VERB = Pattern.compile("(발표|발간|발행|공포|공표|인쇄|하달|제정|마련|내놓|공개|출범|시행|발부|승인|제출|비준|개정|수정|반포|채택)");

    /** Verbs of creating an organisation, facility or group. */
    static final Pattern ESTABLISH_VERB = Pattern.compile("(설립|신설|설치|창설|구성|출범|조직|개소|건립|구축|유치)");

    /** Verbs of developing a technology. */
    static final Pattern DEVELOP_VERB = Pattern.compile("(개발|발표|출시|공개|제작|연구제작|개발한|선보|내놓|구축)");

    /** Verbs of boarding or taking part in a mission. */
    static final Pattern CREW_VERB = Pattern.compile("(탑승|참여|참가)");

    /** Korean particles that may follow a name. */
    static final Pattern PARTICLE = Pattern.compile("^(은|는|이|가|을|를|의|에서|에게|에|와|과|도|로|으로|만|까지|부터|및|등|측|이며|이다|이고|과의|와의|에는|에서는|으로서|로서|으로써|로써|께서|처럼|보다|·|,|\\)|\\s|$).*", Pattern.DOTALL);
}
