package org.designcoach.archfixtures;

import java.util.List;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** A repository type for the view fixture to misuse; {@link NoRepositoryBean} keeps Spring Data from creating it. */
@NoRepositoryBean
public interface NotesRepository extends Repository<String, Long> {

    List<String> findAll();
}
