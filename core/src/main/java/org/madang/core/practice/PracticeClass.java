package org.madang.core.practice;

import java.time.LocalDateTime;
import java.util.List;

/** A class of a digital-learning centre: its instructor and the lessons of its course (what the certificate asks for). */
public record PracticeClass(long id, String name, String instructor, List<String> lessons, LocalDateTime createdAt) {
    public PracticeClass {
        lessons = List.copyOf(lessons);
    }
}
