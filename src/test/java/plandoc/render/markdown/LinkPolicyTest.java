package plandoc.render.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkPolicyTest {

    private final LinkPolicy policy = new LinkPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"#pl-1", "https://a.vn/x?y=1", "HTTP://A.VN", "mailto:a@b.vn", "bao-cao.pdf", "../a/index.html", "a/b"})
    void allows(String url) {
        assertTrue(policy.allows(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:x", " javascript:x", "java\tscript:x", "java\nscript:x", "data:text/html,x",
            "file:///etc/passwd", "//evil.vn", "\\\\server\\share", "ftp://a.vn", "", " "})
    void refuses(String url) {
        assertFalse(policy.allows(url), url);
    }
}
