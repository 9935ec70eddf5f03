//! One value (an analyzer, an extractor) per language of the documents in an evaluation file,
//! built on first use from each document's `lang` field, or one for all with a fixed language.

use std::collections::BTreeMap;

use salient_text::LanguageChoice;

use crate::Failure;

/// Values by a document's `lang` field (`auto` detection when it names no language salient
/// knows); with a fixed `--language`, one value serves every document.
pub struct PerLanguage<T> {
    choice: LanguageChoice,
    built: BTreeMap<String, T>,
}

impl<T> PerLanguage<T> {
    pub fn new(choice: LanguageChoice) -> Self {
        PerLanguage {
            choice,
            built: BTreeMap::new(),
        }
    }

    fn key(&self, lang: &str) -> String {
        match self.choice {
            LanguageChoice::Auto => lang.to_owned(),
            LanguageChoice::Fixed(_) => String::new(),
        }
    }

    /// The value for documents whose `lang` is `lang`, built by `build` (given the language to
    /// use) the first time.
    pub fn prepare(
        &mut self,
        lang: &str,
        build: impl FnOnce(LanguageChoice) -> Result<T, Failure>,
    ) -> Result<&T, Failure> {
        let key = self.key(lang);
        if !self.built.contains_key(&key) {
            let language = match self.choice {
                LanguageChoice::Auto => lang.parse().unwrap_or(LanguageChoice::Auto),
                fixed => fixed,
            };
            self.built.insert(key.clone(), build(language)?);
        }
        self.built
            .get(&key)
            .ok_or_else(|| Failure::usage(format!("no value built for language {lang:?}")))
    }

    /// The value [`PerLanguage::prepare`] built for `lang`.
    pub fn get(&self, lang: &str) -> Option<&T> {
        self.built.get(&self.key(lang))
    }
}
