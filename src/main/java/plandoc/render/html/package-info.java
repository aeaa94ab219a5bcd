/**
 * FreeMarker templating: the configuration, the object wrapper that turns {@code Rich} text into
 * HTML markup, and the small records templates receive. Templates only place values; every figure
 * and every link target is prepared here or in {@code compute}.
 */
package plandoc.render.html;
