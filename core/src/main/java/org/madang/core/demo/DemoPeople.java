package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.madang.core.resident.Rrn;
import org.madang.core.resident.RrnCipher;

/** Plausible demo residents: Korean names, birth dates, addresses in and around the county. */
final class DemoPeople {
    private static final String SURNAMES = "김김김김김이이이이박박박최최정정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진";
    private static final String GIVEN = "민서지현수영준호은하예진우성연재윤도희경태주아석동훈정혜미선상철광숙자순옥";
    private static final String[] TOWNS = {"마당읍", "솔빛면", "느티면", "강변면", "새터면", "푸른면"};
    private static final String[] STREETS = {"느티나무길", "들꽃로", "강변로", "솔밭길", "장터길", "학교길", "대추나무길", "샘물로"};
    private static final String[] ELSEWHERE = {"서울특별시 마포구 잔다리로", "인천광역시 연수구 컨벤시아대로", "대전광역시 유성구 대학로",
            "수원시 팔달구 정조로", "청주시 상당구 상당로"};

    private DemoPeople() {
    }

    /** Inserts the demo card holders, then random residents; returns which live in the county, by id. */
    static boolean[] insert(Connection c, DemoScale scale, String county, RrnCipher cipher, LocalDate today,
                            Random random) throws SQLException {
        boolean[] countyById = new boolean[scale.residents() + 1];
        Set<String> used = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO resident (id, name, birth_date, sex, rrn_hash, rrn_cipher, "
                + "phone, address, county_resident, created_at, disability, phone_tail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int id = 1;
            for (DemoCards.DemoResident d : DemoCards.RESIDENTS) {
                Rrn rrn = Rrn.parse(d.card().nationalId()).orElseThrow();
                used.add(rrn.clear());
                add(ps, id, d.name(), rrn, "010-1234-" + String.format("%04d", id), d.address(), d.countyResident(), d.disability(), cipher, today);
                countyById[id++] = d.countyResident();
            }
            for (DemoCivil.Member m : DemoCivil.MEMBERS) {
                Rrn rrn = DemoCivil.rrn(m);
                used.add(rrn.clear());
                boolean inCounty = m.address().startsWith(county);
                add(ps, id, m.name(), rrn, "010-1234-" + String.format("%04d", id), m.address(), inCounty, false, cipher, today);
                countyById[id++] = inCounty;
            }
            for (; id <= scale.residents(); id++) {
                Rrn rrn = uniqueRrn(random, today, used);
                boolean inCounty = random.nextInt(100) < 85;
                String address = inCounty
                        ? county + " " + TOWNS[random.nextInt(TOWNS.length)] + " " + STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120))
                        : ELSEWHERE[random.nextInt(ELSEWHERE.length)] + " " + (1 + random.nextInt(300));
                String phone = String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
                add(ps, id, name(random), rrn, phone, address, inCounty, random.nextInt(100) < 5, cipher, today);
                countyById[id] = inCounty;
                if (id % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return countyById;
    }

    private static void add(PreparedStatement ps, int id, String name, Rrn rrn, String phone, String address, boolean county,
                            boolean disability, RrnCipher cipher, LocalDate today) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, name);
        ps.setObject(3, rrn.birthDate());
        ps.setString(4, rrn.sex());
        ps.setString(5, cipher.lookupHash(rrn));
        ps.setString(6, cipher.encrypt(rrn));
        ps.setString(7, phone);
        ps.setString(8, address);
        ps.setBoolean(9, county);
        ps.setObject(10, LocalDateTime.of(today.minusDays(400 + id % 900), java.time.LocalTime.NOON));
        ps.setBoolean(11, disability);
        ps.setString(12, phone.substring(phone.length() - 4));
        ps.addBatch();
    }

    static String name(Random random) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return b.toString();
    }

    /** A registration number of the pre-2020 kind, with a valid check digit, not used before. */
    private static Rrn uniqueRrn(Random random, LocalDate today, Set<String> used) {
        while (true) {
            LocalDate birth = today.minusYears(8 + random.nextInt(82)).minusDays(random.nextInt(365));
            boolean male = random.nextBoolean();
            int genderDigit = birth.getYear() >= 2000 ? (male ? 3 : 4) : (male ? 1 : 2);
            String twelve = String.format("%02d%02d%02d%d%05d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), genderDigit, random.nextInt(100_000));
            String clear = twelve.substring(0, 6) + "-" + twelve.substring(6) + Rrn.checkDigit(twelve);
            if (used.add(clear)) {
                return Rrn.parse(clear).orElseThrow();
            }
        }
    }
}
