package org.designcoach.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findAllByOrderByNameAsc();

    Optional<Cohort> findByNameIgnoreCase(String name);

    @Query("select c from Cohort c where :mentor member of c.mentors order by c.name")
    List<Cohort> findMentoredBy(String mentor);

    @Query("select c from Cohort c where :learner member of c.learners order by c.name")
    List<Cohort> findWithLearner(String learner);

    @Query("select count(c) > 0 from Cohort c where :mentor member of c.mentors and :learner member of c.learners")
    boolean mentors(String mentor, String learner);
}
