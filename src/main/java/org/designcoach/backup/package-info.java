/**
 * Data export and restore: a person's own data as JSON (each feature that keeps personal data
 * contributes a {@link org.designcoach.backup.PersonalData} section), and an administrator's
 * backup of the whole instance that restores into an empty instance of the same schema version.
 * Features depend on this package, never the other way round: the instance backup finds the
 * tables through JDBC metadata, so a table added by a later migration is carried without changes here.
 */
@NullMarked
package org.designcoach.backup;

import org.jspecify.annotations.NullMarked;
