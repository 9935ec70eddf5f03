//! HTML input: the main text of a saved web page, without its navigation, scripts, ads,
//! comments and footer. Extraction is dom_smoothie's port of Mozilla's Readability (the reader
//! view of Firefox); it kept every article sentence and leaked no page furniture on the pages
//! in `corpora/html/`, where readabilityrs leaked an inline advertisement.

/// Whether an input is HTML: by its file extension, or by how its text starts.
pub fn is_html(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return true;
    }
    let start: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// The page's title and main text, one paragraph per block (blank lines between them), so the
/// sentence splitter sees the page's structure. Spans then index this text, not the HTML.
pub fn main_text(html: &str) -> Result<String, String> {
    let article = extract(html, None).or_else(|_| {
        // Short pages fall under Readability's 500-character threshold: try again without it.
        let relaxed = dom_smoothie::Config {
            char_threshold: 0,
            ..Default::default()
        };
        extract(html, Some(relaxed))
    })?;
    let mut blocks: Vec<String> = Vec::new();
    let title = article.0.trim();
    if !title.is_empty() {
        blocks.push(title.to_owned());
    }
    blocks.extend(
        article
            .1
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty()),
    );
    if blocks.is_empty() {
        return Err("the page has no readable text".into());
    }
    Ok(blocks.join("\n\n"))
}

/// (title, text) of the page's article.
fn extract(html: &str, config: Option<dom_smoothie::Config>) -> Result<(String, String), String> {
    let mut reader = dom_smoothie::Readability::new(html, None, config)
        .map_err(|e| format!("cannot read the HTML: {e}"))?;
    let article = reader
        .parse()
        .map_err(|e| format!("no main text found in the HTML: {e}"))?;
    Ok((article.title.to_string(), article.text_content.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_told_by_extension_or_content() {
        assert!(is_html("page.HTML", "anything"));
        assert!(is_html("-", "\u{feff}  <!DOCTYPE html><html></html>"));
        assert!(is_html("x.txt", "<html lang=en>"));
        assert!(!is_html("notes.txt", "The <b> tag is bold."));
    }

    #[test]
    fn a_short_page_still_gives_its_text() {
        let text = main_text(
            "<html><head><title>T</title></head><body><nav>Home</nav><p>The river rose overnight.</p></body></html>",
        )
        .unwrap();
        assert!(text.contains("The river rose overnight."), "{text}");
    }
}
