package org.madang.core.course;

/** A course as the catalogue lists it, with how many wait for a seat and how many entered its lottery. */
public record CourseListing(Course course, int waiting, int entries) {
}
