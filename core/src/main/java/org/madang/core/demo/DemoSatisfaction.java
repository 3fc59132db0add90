package org.madang.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.madang.core.survey.AccessMode;
import org.madang.core.survey.Rating;
import org.madang.core.survey.Completion;

/**
 * A month of answers to the kiosk's "이용이 편하셨나요?", as the demo's two kiosks would have
 * collected them: most residents find it easy, certificates and the welfare request somewhat
 * less so; some answers in English, Chinese and Vietnamese, some with voice, zoom or high contrast on.
 */
final class DemoSatisfaction {
    private static final String[] LANGUAGES = {"ko", "ko", "ko", "ko", "ko", "ko", "ko", "en", "zh", "vi"};
    private static final Completion[] SERVICES = {
        Completion.BOOKING, Completion.BOOKING, Completion.BOOKING, Completion.QUEUE_TICKET,
        Completion.QUEUE_TICKET, Completion.QUEUE_TICKET, Completion.DOCUMENT, Completion.DOCUMENT,
        Completion.COURSE, Completion.CHECK_IN, Completion.BOOKING_CANCEL, Completion.WELFARE};

    private DemoSatisfaction() {
    }

    /** About {@code perDay} answers a day over the 30 days before {@code now}, and a few this morning. */
    static void insert(Connection c, DemoScale scale, LocalDateTime now, Random random, String site) throws SQLException {
        int perDay = scale == DemoScale.SMALL ? 3 : 12;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO satisfaction (answer_key, service, rating, terminal_id, language, "
                + "modes, answered_at, site) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(8, site);
            int n = 0;
            for (int day = 30; day >= 0; day--) {
                int answers = day == 0 ? 2 : perDay / 2 + random.nextInt(perDay + 1);
                for (int i = 0; i < answers; i++) {
                    LocalDateTime at = now.toLocalDate().minusDays(day).atTime(9, 0).plusMinutes(random.nextInt(day == 0 ? 60 : 9 * 60));
                    if (at.isAfter(now)) {
                        at = now.minusMinutes(1 + i);
                    }
                    Completion service = SERVICES[random.nextInt(SERVICES.length)];
                    List<String> modes = new ArrayList<>();
                    double roll = random.nextDouble();
                    if (roll < 0.06) {
                        modes.add(AccessMode.VOICE.name());
                    } else if (roll < 0.14) {
                        modes.add(AccessMode.ZOOM.name());
                    } else if (roll < 0.18) {
                        modes.add(AccessMode.HIGH_CONTRAST.name());
                    } else if (roll < 0.20) {
                        modes.add(AccessMode.LOW_POSITION.name());
                    }
                    insert.setString(1, "demo:" + (++n));
                    insert.setString(2, service.name());
                    insert.setString(3, rating(service, random).name());
                    insert.setString(4, random.nextBoolean() ? "kiosk-1" : "kiosk-2");
                    insert.setString(5, LANGUAGES[random.nextInt(LANGUAGES.length)]);
                    insert.setString(6, String.join(",", modes));
                    insert.setTimestamp(7, Timestamp.valueOf(at));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Rating rating(Completion service, Random random) {
        double hard = service == Completion.DOCUMENT || service == Completion.WELFARE ? 0.18 : 0.07;
        double roll = random.nextDouble();
        return roll < hard ? Rating.POOR : roll < hard + 0.22 ? Rating.OKAY : Rating.GOOD;
    }
}
