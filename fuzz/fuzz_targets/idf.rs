//! The idf model parser: any bytes give a model or an error naming a line; a model read back
//! from its own output is the same model.
#![no_main]
use libfuzzer_sys::fuzz_target;
use salient_rank::IdfModel;

fuzz_target!(|data: &[u8]| {
    if let Ok(model) = IdfModel::read_from(data) {
        let mut out = Vec::new();
        model.write_to(&mut out).expect("write to memory");
        let again = IdfModel::read_from(&out[..]).expect("a written model reads back");
        assert_eq!(again, model);
    }
});
