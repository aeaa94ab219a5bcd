package plandoc.render.html;

import plandoc.resolved.DocumentInfo;

/** One row of the site index. */
public record IndexEntry(DocumentInfo info, PlanLinks links) {
}
