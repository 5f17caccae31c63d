package org.clinic.gateway.staff;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinic.gateway.auth.StaffAccount;
import org.clinic.gateway.auth.StaffRole;
import org.clinic.gateway.auth.StaffSession;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;

/** The model of the two admin pages: the list (with the add form) and one account. */
final class StaffPage {

    private final String view;
    private final Map<String, Object> model = new LinkedHashMap<>();

    private StaffPage(String view, StaffSession admin) {
        this.view = view;
        model.put("staffName", admin.username());
        model.put("viewerRoles", admin.roles());
        model.put("allRoles", StaffRole.values());
        model.put("errors", Map.of());
    }

    static StaffPage list(StaffSession admin, List<StaffAccount> accounts) {
        StaffPage page = new StaffPage("staff/list", admin);
        page.model.put("accounts", accounts);
        page.model.put("form", new StaffAdministration.NewAccount("", "", Set.of(), ""));
        return page;
    }

    static StaffPage account(StaffSession admin, StaffAccount account) {
        StaffPage page = new StaffPage("staff/account", admin);
        page.model.put("account", account);
        page.model.put("self", account.username().equalsIgnoreCase(admin.username()));
        // The date in UTC: the gateway does not know the clinic's zone, and a day is all this needs to say.
        page.model.put("added", LocalDate.ofInstant(account.createdAt(), ZoneOffset.UTC).toString());
        return page;
    }

    /** What was typed into the add form, to show it again (never the password). */
    StaffPage newAccount(StaffAdministration.NewAccount typed) {
        model.put("form", new StaffAdministration.NewAccount(typed.username(), typed.displayName(), typed.roles(), ""));
        return this;
    }

    StaffPage errors(Map<String, String> errors) {
        model.put("errors", errors);
        return this;
    }

    StaffPage notice(String notice) {
        if (notice != null) {
            model.put("notice", notice);
        }
        return this;
    }

    /** Shown once, in this answer only. */
    StaffPage temporaryPassword(String password, boolean newAccount) {
        model.put("temporaryPassword", password);
        model.put("newAccount", newAccount);
        return this;
    }

    Rendering build(HttpStatus status) {
        return Rendering.view(view).model(model).status(status).build();
    }
}
