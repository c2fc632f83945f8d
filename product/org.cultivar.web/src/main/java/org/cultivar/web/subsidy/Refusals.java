package org.cultivar.web.subsidy;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.cultivar.web.shell.RefusalText;

/**
 * Tells the person, in the engine's words, why it refused what they asked. A lost race gets its
 * own notice, because the remedy differs: reload and look again rather than correct the input.
 */
final class Refusals {

    private Refusals() {
    }

    static void show(String message) {
        Notification notice = new Notification(message, 10000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.open();
    }

    static void conflict(ConflictException conflict) {
        show(SubsidyLabels.text("subsidy.conflict", SubsidyLabels.of(conflict.text())));
    }

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Asks the engine something; a refusal is shown and yields nothing. */
    static <T> Optional<T> obtain(Supplier<T> request) {
        return obtain(request, null);
    }

    /** As {@link #obtain(Supplier)}, with bad input shown on the fields it names. */
    static <T> Optional<T> obtain(Supplier<T> request, FieldProblems fields) {
        return obtain(request, fields, Refusals::conflict);
    }

    /** As {@link #obtain(Supplier, FieldProblems)}, with a lost race handed to the page, which offers a reload. */
    static <T> Optional<T> obtain(Supplier<T> request, FieldProblems fields, Consumer<ConflictException> lostRace) {
        try {
            if (fields != null) {
                fields.clear();
            }
            return Optional.ofNullable(request.get());
        } catch (ConflictException conflict) {
            lostRace.accept(conflict);
        } catch (InvalidInputException refused) {
            if (fields == null) {
                show(RefusalText.of(refused));
            } else {
                fields.show(refused);
            }
        } catch (AccessDeniedException denied) {
            show(RefusalText.of(denied));
        } catch (ScheduleUnavailableException refused) {
            show(refused.getMessage());
        }
        return Optional.empty();
    }
}
