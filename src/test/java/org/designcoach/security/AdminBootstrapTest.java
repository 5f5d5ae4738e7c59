package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two instances starting at once on an empty database: both see no admin, both try to create it,
 * the database refuses the second insert. Neither start may fail for that.
 */
class AdminBootstrapTest {

    private static final AdminBootstrapProperties SETTINGS =
            new AdminBootstrapProperties("root-admin", "deploy pipeline passphrase", null);

    @Test
    void twoInstancesCreatingTheFirstAdminAtOnceBothStart() throws Exception {
        AccountService accounts = mock(AccountService.class);
        AtomicBoolean created = new AtomicBoolean();
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        when(accounts.bootstrapAdmin(anyString(), anyString())).thenAnswer(call -> {
            bothChecked.await(10, TimeUnit.SECONDS);
            if (!created.compareAndSet(false, true)) {
                throw new DataIntegrityViolationException("duplicate key value violates unique constraint");
            }
            return true;
        });
        when(accounts.needsSetup()).thenAnswer(call -> !created.get());

        List<CompletableFuture<Void>> starts = new ArrayList<>();
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            for (int instance = 0; instance < 2; instance++) {
                starts.add(CompletableFuture.runAsync(() -> new AdminBootstrap(SETTINGS, accounts)
                        .run(new DefaultApplicationArguments()), instances));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        }
        assertThat(created).isTrue();
    }

    @Test
    void aRefusalWhileNoAdminExistsStillStopsTheStartWithTheReason() {
        AccountService accounts = mock(AccountService.class);
        when(accounts.bootstrapAdmin(anyString(), anyString())).thenThrow(
                new AccountException(AccountException.Field.USERNAME, "This username is taken. Please choose another."));
        when(accounts.needsSetup()).thenReturn(true);

        assertThatThrownBy(() -> new AdminBootstrap(SETTINGS, accounts).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("username is taken");
    }
}
