//! `salient idf build`: document frequencies of a corpus, saved for `--idf`.

use std::io::Write;

use rayon::prelude::*;
use salient_rank::IdfModel;
use salient_text::{AnalyzerConfig, LanguageChoice, Vocabulary};

use crate::args::{IdfBuildArgs, InputFormat};
use crate::input::{jsonl_documents, read_texts};
use crate::{emit, Failure, EXIT_INPUT, EXIT_OK};

pub fn build(args: &IdfBuildArgs, out: &mut impl Write) -> Result<u8, Failure> {
    let config = AnalyzerConfig {
        stem: !args.no_stem,
        ..AnalyzerConfig::try_from(&args.text)?
    };
    let analyzer = config
        .clone()
        .build()
        .map_err(|e| Failure::usage(e.to_string()))?;
    let (inputs, mut failed) = read_texts(&args.text.inputs, args.text.lossy);
    let mut texts: Vec<String> = Vec::new();
    for input in inputs {
        match args.input_format {
            InputFormat::Text => texts.push(input.text),
            InputFormat::Jsonl => {
                for doc in jsonl_documents(&input.text, &args.text_field, "id") {
                    match doc.text {
                        Ok(t) => texts.push(t),
                        Err(e) => {
                            crate::note!("salient: {}: line {}: {e}", input.name, doc.line);
                            failed = true;
                        }
                    }
                }
            }
        }
    }
    if texts.is_empty() {
        return Err(Failure::input("no documents to count; nothing written"));
    }
    // One model per document, summed in input order: the same file at any thread count.
    let fixed = match config.language {
        LanguageChoice::Fixed(l) => Some(l),
        LanguageChoice::Auto => None,
    };
    let parts: Vec<(IdfModel, salient_text::Language)> = texts
        .par_iter()
        .map(|t| {
            let mut vocab = Vocabulary::default();
            let a = analyzer.analyze(t, &mut vocab);
            let mut m = IdfModel::new(fixed, !args.no_stem);
            m.add_analysis(&a, &vocab);
            (m, a.language.language)
        })
        .collect();
    let languages: std::collections::BTreeSet<&str> = parts.iter().map(|(_, l)| l.code()).collect();
    let language = match (fixed, languages.len()) {
        (Some(l), _) => Some(l),
        (None, 1) => parts.first().map(|(_, l)| *l),
        (None, _) => None,
    };
    let mut model = IdfModel::new(language, !args.no_stem);
    for (m, _) in parts {
        model.merge(m);
    }
    if args.min_df > 1 {
        model.prune(args.min_df);
    }
    model
        .save(&args.output)
        .map_err(|e| Failure::input(format!("{}: {e}", args.output.display())))?;
    emit(
        out,
        &format!(
            "{}: {} documents, {} terms, language {}\n",
            args.output.display(),
            model.documents(),
            model.terms(),
            language.map_or_else(
                || format!(
                    "mixed ({})",
                    languages.into_iter().collect::<Vec<_>>().join(", ")
                ),
                |l| l.code().to_owned()
            )
        ),
    )?;
    Ok(if failed { EXIT_INPUT } else { EXIT_OK })
}
