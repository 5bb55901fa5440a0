//! A placeholder of the primary message that a translation lacks is an
//! error on the translation, naming the entry and the placeholder.
use errcat::error_catalog;

error_catalog! {
    #[languages(zh, en, fr)]
    pub system Storage {
        -46628 FILE_NOT_EXIST "文件 {path} 不存在" en "File not found" fr "Fichier {path} introuvable",
        -46629 COPY_FAILED "无法把 {from} 复制到 {to}" en "Cannot copy {from}",
    }
}

fn main() {}
