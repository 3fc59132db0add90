package org.madang.core.demo;

import java.time.LocalDate;
import java.util.List;
import org.madang.hardware.id.Identity;

/**
 * The ID cards of the demo residents, which the simulated ID reader offers. The same people
 * are the first residents of every demo site, with no bookings of their own yet.
 */
public final class DemoCards {
    /** Each demo resident: card identity, address, whether they live in the county, and a registered disability. */
    public record DemoResident(Identity card, String name, String address, boolean countyResident, boolean disability) {
    }

    /** The document PIN (second factor) of every demo card holder, as if a clerk had set it. */
    public static final String PIN = "1234";

    public static final List<DemoResident> RESIDENTS = List.of(
            resident("김영희", "KIM", "YOUNGHEE", LocalDate.of(1952, 3, 15), "F", "520315-2", "마당군 마당읍 느티나무길 12", true, false),
            resident("이철수", "LEE", "CHEOLSU", LocalDate.of(1948, 11, 2), "M", "481102-1", "마당군 솔빛면 들꽃로 7", true, true),
            resident("박지민", "PARK", "JIMIN", LocalDate.of(1991, 6, 24), "F", "910624-2", "서울특별시 마포구 잔다리로 30", false, false),
            resident("응우옌 티 마이", "NGUYEN", "THI MAI", LocalDate.of(1994, 9, 9), "F", "940909-6", "마당군 마당읍 강변로 45", true, false));

    private DemoCards() {
    }

    private static DemoResident resident(String name, String surname, String given, LocalDate birth, String sex,
                                         String rrnHead, String address, boolean county, boolean disability) {
        String twelve = rrnHead.replace("-", "") + "12345";
        String rrn = rrnHead + "12345" + org.madang.core.resident.Rrn.checkDigit(twelve);
        String nationality = name.startsWith("응우옌") ? "VNM" : "KOR";
        Identity card = new Identity("ID" + twelve.substring(0, 6) + "01", surname, given, nationality, birth, sex,
                birth.plusYears(100), rrn);
        return new DemoResident(card, name, address, county, disability);
    }
}
