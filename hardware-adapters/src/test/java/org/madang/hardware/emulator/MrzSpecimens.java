package org.madang.hardware.emulator;

import java.util.List;
import org.madang.hardware.id.Mrz;

/**
 * Machine-readable zones for tests: ICAO 9303's published specimens, and Madang's own made with
 * correct check digits, plus a way to spoil one digit.
 */
public final class MrzSpecimens {
    /** ICAO 9303 part 5 TD1 specimen (Anna Maria Eriksson, Utopia). */
    public static final List<String> ICAO_TD1 = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    /** ICAO 9303 part 6 TD2 specimen. */
    public static final List<String> ICAO_TD2 = List.of(
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6");
    /** ICAO 9303 part 4 TD3 specimen. */
    public static final List<String> ICAO_TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    private MrzSpecimens() {
    }

    /** A Korean passport for 김영희, born 1969-08-06, expiring 2031-03-15. */
    public static List<String> koreanPassport() {
        String line1 = pad("P<KORKIM<<YOUNGHEE", 44);
        String number = "M12345678";
        String personal = pad("", 14);
        String body = number + d(number) + "KOR" + "690806" + d("690806") + "F" + "310315" + d("310315") + personal + "<";
        String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
        return List.of(line1, body + d(composite));
    }

    /** A TD1 residence card for a resident from Viet Nam. */
    public static List<String> residenceCard() {
        String number = "RC9876543";
        String line1 = pad("IRKOR" + number + d(number), 30);
        String birth = "850214";
        String expiry = "290630";
        String line2start = birth + d(birth) + "M" + expiry + d(expiry) + "VNM" + "<<<<<<<<<<<";
        String composite = line1.substring(5, 30) + line2start.substring(0, 7) + line2start.substring(8, 15) + line2start.substring(18, 29);
        return List.of(line1, line2start + d(composite), pad("NGUYEN<<VAN<AN", 30));
    }

    /** A TD2 travel document. */
    public static List<String> td2() {
        String number = "T22334455";
        String body = number + d(number) + "JPN" + "920101" + d("920101") + "F" + "300101" + d("300101") + "<<<<<<<";
        String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 35);
        return List.of(pad("I<JPNTANAKA<<HANAKO", 36), body + d(composite));
    }

    /** The zone with the character at {@code line}, {@code column} (a check digit) changed to another digit. */
    public static List<String> spoil(List<String> zone, int line, int column) {
        String l = zone.get(line);
        char c = l.charAt(column);
        char other = c == '9' || c == '<' ? '0' : (char) (c + 1);
        List<String> out = new java.util.ArrayList<>(zone);
        out.set(line, l.substring(0, column) + other + l.substring(column + 1));
        return out;
    }

    private static String d(String field) {
        return String.valueOf(Mrz.checkDigit(field));
    }

    private static String pad(String s, int length) {
        return s + "<".repeat(length - s.length());
    }
}
