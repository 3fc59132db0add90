package org.madang.ui.speech;

import java.util.Map;
import java.util.regex.Pattern;

/** English: times on the twelve-hour clock, won after the amount, abbreviated days and months in full. */
final class EnglishSpeech extends SpokenText {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[–~-]\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern MONEY = Pattern.compile("₩\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)");
    private static final Pattern SHORT = Pattern.compile("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b");
    private static final Map<String, String> LONG = Map.ofEntries(Map.entry("Mon", "Monday"), Map.entry("Tue", "Tuesday"),
            Map.entry("Wed", "Wednesday"), Map.entry("Thu", "Thursday"), Map.entry("Fri", "Friday"), Map.entry("Sat", "Saturday"),
            Map.entry("Sun", "Sunday"), Map.entry("Jan", "January"), Map.entry("Feb", "February"), Map.entry("Mar", "March"),
            Map.entry("Apr", "April"), Map.entry("Jun", "June"), Map.entry("Jul", "July"), Map.entry("Aug", "August"),
            Map.entry("Sep", "September"), Map.entry("Sept", "September"), Map.entry("Oct", "October"), Map.entry("Nov", "November"),
            Map.entry("Dec", "December"));

    EnglishSpeech() {
        super("registration number");
    }

    @Override
    String language(String s) {
        s = replace(RANGE, s, m -> m.group(1) + " to " + m.group(2));
        s = replace(TIME, s, m -> {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            int twelve = h % 12 == 0 ? 12 : h % 12;
            String part = h == 12 && min == 0 ? "noon" : h < 12 ? "AM" : "PM";
            if ("noon".equals(part)) {
                return "12 noon";
            }
            return min == 0 ? twelve + " " + part : twelve + ":" + m.group(2) + " " + part;
        });
        s = replace(MONEY, s, m -> m.group(1) + " won");
        return replace(SHORT, s, m -> LONG.get(m.group(1)));
    }
}
