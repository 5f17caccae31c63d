package org.clinic.booking.desk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the schedule's table as a browser lays it out: rowspans resolved, so a test can ask "what is in Dr. Lin's
 * column at 11:00 AM" and know the block really sits there. Also checks every row fills every column exactly once.
 */
public final class ScheduleTable {

    private final List<String> columns = new ArrayList<>();
    private final List<String> times = new ArrayList<>();
    private final List<Element[]> cells = new ArrayList<>();

    public ScheduleTable(Document page) {
        Element table = page.selectFirst("#schedule-grid table.schedule");
        assertThat(table).as("the schedule table").isNotNull();
        table.select("thead th.col-head > a").forEach(a -> columns.add(a.text()));
        List<Element> rows = table.select("tbody > tr");
        for (int i = 0; i < rows.size(); i++) {
            cells.add(new Element[columns.size()]);
        }
        for (int r = 0; r < rows.size(); r++) {
            times.add(rows.get(r).selectFirst("th").text());
            int c = 0;
            for (Element td : rows.get(r).children().stream().filter(e -> e.tagName().equals("td")).toList()) {
                while (c < columns.size() && cells.get(r)[c] != null) {
                    c++;
                }
                int span = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
                for (int k = 0; k < span; k++) {
                    assertThat(cells.get(r + k)[c]).as("row %s column %s filled twice", times.size(), c).isNull();
                    cells.get(r + k)[c] = td;
                }
                c++;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                assertThat(cells.get(r)[c]).as("row %s column %s empty", r, c).isNotNull();
            }
        }
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> times() {
        return times;
    }

    /** The cell covering this column (its heading) at this row (its time label, e.g. "11:00 AM"). */
    public Element at(String column, String time) {
        int c = columns.indexOf(column);
        int r = times.indexOf(time);
        assertThat(c).as("column %s in %s", column, columns).isNotNegative();
        assertThat(r).as("row %s in %s", time, times).isNotNegative();
        return cells.get(r)[c];
    }

    /** The time label of the row a cell starts in. */
    public static String startRow(Element td) {
        return td.parent().selectFirst("th").text();
    }
}
