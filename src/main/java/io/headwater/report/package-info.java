/**
 * Provenance reports: Markdown with Mermaid, self-contained HTML with inline SVG, JSON, and W3C PROV (PROV-JSON, PROV-N) through ProvToolbox.
 */
@NullMarked
package io.headwater.report;

import org.jspecify.annotations.NullMarked;
