package org.chaord.atlas.ui.table;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.GroupMembership;
import org.chaord.atlas.model.StateTableRow;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the table's lines for a view on a day, for one atlas in one language. What does not change with the day —
 * names in the language, their search text, region words, the order by name, each state's group rows — is worked
 * out once here, so a timeline step only looks up statuses and groups of the day (a step with the table shown:
 * see {@code bench.TableBenchmark}).
 */
final class TableLines {

    /** The parts of a line that only depend on the data and the language. */
    private record Fixed(Country country, String name, String regionName, String searchText,
                         List<GroupMembership> groups) {
    }

    private final Atlas atlas;
    private final Texts texts;
    private final List<Fixed> byName;

    TableLines(Atlas atlas, Texts texts) {
        this.atlas = atlas;
        this.texts = texts;
        Map<String, List<GroupMembership>> groups = atlas.groups().stream()
                .collect(Collectors.groupingBy(GroupMembership::iso3));
        List<Fixed> fixed = new ArrayList<>();
        for (Country c : atlas.countries().values()) {
            if (c.kind().actsInOwnRight()) {
                String name = texts.countryName(c.iso3(), c.name());
                fixed.add(new Fixed(c, name, regionName(texts, c.region()),
                        SearchText.fold(name + " " + c.name() + " " + c.iso3()), groups.getOrDefault(c.iso3(), List.of())));
            }
        }
        var words = TableOrder.words(texts.locale());
        fixed.sort((a, b) -> {
            int byWords = words.compare(a.name(), b.name());
            return byWords != 0 ? byWords : a.country().iso3().compareTo(b.country().iso3());
        });
        this.byName = List.copyOf(fixed);
    }

    boolean isFor(Atlas a, Texts t) {
        return atlas == a && texts.equals(t);
    }

    /**
     * The treaties with a status and a date column: the view's own (one, or the pair compared); for "which framework
     * binds whom" every framework treaty (those without a parent), whose statuses make the class.
     */
    static List<TreatyId> treaties(Atlas atlas, View view) {
        return switch (view.kind()) {
            case TREATY -> List.of(view.treaty());
            case PAIR -> List.of(view.treaty(), view.second());
            case FRAMEWORKS -> atlas.treaties().values().stream().filter(Treaty::isFramework).map(Treaty::id).toList();
        };
    }

    /** Every state and organisation acting in its own right, by name in the table's language. */
    List<TableLine> on(View view, LocalDate day) {
        Map<String, StatusClass> classes = atlas.classesOn(view, day);
        List<TreatyId> treaties = treaties(atlas, view);
        List<TableLine> lines = new ArrayList<>(byName.size());
        for (Fixed f : byName) {
            String iso3 = f.country().iso3();
            Map<TreatyId, TreatyStatus> statuses = new LinkedHashMap<>();
            for (TreatyId t : treaties) {
                statuses.put(t, atlas.history().statusOn(iso3, t, day));
            }
            List<String> groups = f.groups().stream().filter(g -> g.isMemberOn(day)).map(GroupMembership::group)
                    .distinct().toList();
            StateTableRow row = new StateTableRow(iso3, f.country().name(), f.country().region() == null ? ""
                    : f.country().region(), groups, statuses);
            lines.add(new TableLine(row, f.name(), f.regionName(), groups.stream().map(texts::groupName).toList(),
                    classes.getOrDefault(iso3, StatusClass.NONE), f.searchText()));
        }
        return lines;
    }

    /** A region of countries.csv in the table's language; a region the messages do not know keeps its data name. */
    static String regionName(Texts texts, String region) {
        if (region == null || region.isEmpty()) {
            return "";
        }
        String key = "table.region." + region;
        String word = texts.get(key);
        return word.equals(key) ? region : word;
    }
}
