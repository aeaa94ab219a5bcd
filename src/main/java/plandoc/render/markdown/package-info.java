/**
 * Markdown to HTML behind a small interface, so the unmaintained flexmark can be swapped for another
 * CommonMark library without touching templates or the site builder.
 */
package plandoc.render.markdown;
