package org.cultivar.registry.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.security.RegionCode;

/**
 * The GB/T 2260 division codes Cultivar knows: every province, and the prefecture-level cities
 * (and for the municipalities, districts) of the regions it has been set up for. Shipped as
 * {@code regions.tsv} beside this class; an enterprise's region must be one of these.
 */
public final class RegionCatalogue {

    private static final RegionCatalogue STANDARD = load();

    private final Map<RegionCode, Region> regions;

    private RegionCatalogue(Map<RegionCode, Region> regions) {
        this.regions = Collections.unmodifiableMap(regions);
    }

    public record Region(RegionCode code, String nameZh, String nameEn) {
    }

    public static RegionCatalogue standard() {
        return STANDARD;
    }

    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean known(RegionCode code) {
        return regions.containsKey(code);
    }

    /** Every region in file order (provinces, each followed by its cities). */
    public List<Region> all() {
        return List.copyOf(regions.values());
    }

    /** The known regions the scope covers, the scope itself included. */
    public List<Region> within(RegionCode scope) {
        return regions.values().stream().filter(region -> scope.covers(region.code())).toList();
    }

    /** "广州市" (or the English name), or the bare code for an unknown one. */
    public String name(RegionCode code, boolean chinese) {
        return find(code).map(region -> chinese ? region.nameZh() : region.nameEn()).orElse(code.code());
    }

    private static RegionCatalogue load() {
        try (InputStream in = RegionCatalogue.class.getResourceAsStream("regions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("regions.tsv is missing beside RegionCatalogue");
            }
            Map<RegionCode, Region> regions = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                RegionCode code = RegionCode.of(fields[0].strip());
                regions.put(code, new Region(code, fields[1].strip(), fields[2].strip()));
            }
            return new RegionCatalogue(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
