package org.clinic.booking.desk.schedule;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * How open schedules stay current: short polling, not server-sent events. The gateway cuts every response at
 * 10 s, so a stream would be torn down and reopened constantly, and several booking-service instances would each
 * need to hear of every change (a broadcast we do not have). A poll every 4 s that usually answers 204 from one
 * indexed query is cheap, works through the gateway unchanged and needs no shared state: any instance can answer.
 * Unchanged: 204 (htmx swaps nothing). Changed: 200 with {@code HX-Trigger: schedule-changed}, which makes the
 * grid fetch itself, and the poller again carrying the new version.
 */
@Controller
class ScheduleVersionController {

    private final ScheduleVersions versions;
    private final DeskTimes times;

    ScheduleVersionController(ScheduleVersions versions, DeskTimes times) {
        this.versions = versions;
        this.times = times;
    }

    @GetMapping("/desk/schedule-version")
    Object version(@RequestParam(required = false) String date, @RequestParam(defaultValue = "1") String days,
            @RequestParam(required = false) UUID practitionerId, @RequestParam(required = false) String v,
            HttpServletResponse response) {
        LocalDate first = times.parseDay(date);
        int count = "7".equals(days) ? 7 : 1;
        if (first == null) {
            return ResponseEntity.badRequest().build();
        }
        if (versions.of(first, count).equals(v)) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        response.setHeader("HX-Trigger", "schedule-changed");
        return new ModelAndView("desk/schedule-parts :: version")
                .addObject("version", versions.link(first, count, practitionerId));
    }
}
