package org.madang.core.document;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of document Madang can compose, with what the law fixes about each (who may obtain
 * it, which options it has) and the usual fees a centre starts from. A centre's catalogue names,
 * prices and offers them; it cannot make a kind Madang does not compose.
 */
public final class DocumentKinds {

    /** A kind and its starting figures; the options are the law's, the fees and channels the centre's. */
    public record Kind(String code, String nameKo, String nameEn, int kioskFee, int counterFee, boolean kiosk, boolean householdAllowed,
                       boolean addressHistory, boolean rrnBack) {
    }

    public static final List<Kind> ALL = List.of(
            new Kind("rr-copy", "주민등록표 등본", "Resident registration copy", 200, 400, true, true, true, true),
            new Kind("rr-abstract", "주민등록표 초본", "Resident registration abstract", 200, 400, true, true, true, true),
            new Kind("family-relation", "가족관계증명서", "Family relation certificate", 500, 1000, true, false, false, true),
            new Kind("local-tax", "지방세 납세증명서", "Local tax payment certificate", 0, 0, true, false, false, true),
            new Kind("course-completion", "수료증", "Course completion certificate", 0, 0, true, false, false, false),
            new Kind("learning-history", "평생학습 이력서", "Learning history", 0, 0, true, false, false, false),
            new Kind("facility-use", "시설 이용 확인서", "Facility use confirmation", 0, 0, false, false, false, false));

    private DocumentKinds() {
    }

    public static Optional<Kind> byCode(String code) {
        return ALL.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** Its place in the kiosk's list (from 1). */
    static int order(Kind kind) {
        return ALL.indexOf(kind) + 1;
    }
}
