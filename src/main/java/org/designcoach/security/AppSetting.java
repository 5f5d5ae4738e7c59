package org.designcoach.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One instance-wide setting that an admin changes, such as whether learners may register. */
@Entity
@Table(name = "app_setting")
class AppSetting {

    static final String REGISTRATION_OPEN = "registration.open";

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected AppSetting() {
        // for JPA
    }

    AppSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }

    void change(String newValue) {
        this.value = newValue;
    }
}
