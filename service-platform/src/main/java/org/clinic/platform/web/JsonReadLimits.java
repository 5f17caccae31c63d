package org.clinic.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tools.jackson.core.StreamReadConstraints;

/**
 * How much JSON a service reads before refusing it ({@code clinic.json.read.*}): a 400 problem instead of a stack
 * overflow, a huge string in memory, or minutes spent on a number with a million digits. The gateway refuses bodies
 * over 64 kB first; these hold for a request that reaches a service some other way, and for anything else the
 * service's JSON mapper reads. Our documents nest a handful of levels and no text field is longer than a few kB.
 */
@ConfigurationProperties("clinic.json.read")
public record JsonReadLimits(
        @DefaultValue("64") int maxNestingDepth,
        @DefaultValue("65536") int maxStringLength,
        @DefaultValue("1048576") long maxDocumentLength,
        @DefaultValue("100") int maxNumberLength,
        @DefaultValue("1000") int maxNameLength) {

    public StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxDocumentLength(maxDocumentLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .build();
    }
}
