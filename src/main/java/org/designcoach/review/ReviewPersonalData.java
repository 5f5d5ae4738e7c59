package org.designcoach.review;

import org.designcoach.backup.PersonalData;
import org.springframework.stereotype.Component;

/**
 * A learner's submissions with their returned reviews (summary, rubric, comments) and the whole conversation
 * about each, in their own data export.
 */
@Component
class ReviewPersonalData implements PersonalData {

    private final ReviewService reviews;

    ReviewPersonalData(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String section() {
        return "reviews";
    }

    @Override
    public Object exportFor(String username) {
        return reviews.exportFor(username);
    }
}
