//! `salient idf build`: document frequencies of a corpus, saved for `--idf`.

use std::io::Write;

use rayon::prelude::*;
use salient_rank::IdfModel;
use salient_text::{AnalyzerConfig, LanguageChoice, Vocabulary};

use crate::args::{IdfBuildArgs, InputFormat};
use crate::batch;
use crate::input::read_for;
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
    // One model per document, summed in input order: the same file at any thread count.
    let fixed = match config.language {
        LanguageChoice::Fixed(l) => Some(l),
        LanguageChoice::Auto => None,
    };
    let count = |t: &str| {
        let mut vocab = Vocabulary::default();
        let a = analyzer.analyze(t, &mut vocab);
        let mut m = IdfModel::new(fixed, !args.no_stem);
        m.add_analysis(&a, &vocab);
        (m, a.language.language)
    };
    let (parts, failed) = match args.input_format {
        InputFormat::Text | InputFormat::Html => {
            let (inputs, failed) = read_for(&args.text, args.input_format);
            (inputs.par_iter().map(|i| count(&i.text)).collect(), failed)
        }
        InputFormat::Jsonl => jsonl_parts(args, &|d: &batch::Doc<'_>| Ok(count(d.text)))?,
    };
    if parts.is_empty() {
        return Err(Failure::input("no documents to count; nothing written"));
    }
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

type Part = (IdfModel, salient_text::Language);

/// Every JSON Lines document's counts, streamed and in input order; bad lines are reported.
fn jsonl_parts(
    args: &IdfBuildArgs,
    count: &(dyn Fn(&batch::Doc<'_>) -> Result<Part, String> + Sync),
) -> Result<(Vec<Part>, bool), Failure> {
    let mut parts = Vec::new();
    let mut failed = false;
    let fields = batch::Fields {
        text: &args.text_field,
        id: "id",
    };
    failed |= batch::map(
        &args.text.inputs,
        args.text.lossy,
        &fields,
        count,
        &mut |chunk| {
            for outcome in chunk {
                match outcome {
                    batch::Outcome::Done(part) => parts.push(part),
                    batch::Outcome::Error { message, .. } | batch::Outcome::Failed(message) => {
                        crate::note!("salient: {message}");
                        failed = true;
                    }
                }
            }
            Ok(())
        },
    )?;
    Ok((parts, failed))
}
