//! The few words the shell itself shows (the tray's menu and status), in Chinese or English after
//! the system's language. Everything else is the web UI's, which has its own translations.

use owldesk_domain::Mode;

/// The language of the tray.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The system's language: Chinese when its locale is Chinese (`zh-CN`, `zh_TW.UTF-8`...),
    /// else English.
    pub fn of_system() -> Lang {
        Lang::from_locale(sys_locale::get_locale().as_deref().unwrap_or("en"))
    }

    /// The language for a locale name.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// One text in this language.
    pub fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The mode's short name.
    pub fn mode(self, mode: Mode) -> &'static str {
        match mode {
            Mode::Auto => self.pick("自动回复", "Auto"),
            Mode::Assist => self.pick("辅助", "Assist"),
            Mode::Off => self.pick("已暂停", "Off"),
        }
    }

    /// The tray's status line: the mode and until when, and how many buyers wait for a person.
    /// `until` is the next switch in the shop's time (`23:00`).
    pub fn status(self, mode: Mode, until: Option<&str>, waiting: u64) -> String {
        let mode_part = match (self, until) {
            (Lang::Zh, Some(t)) => format!("{}(至 {t})", self.mode(mode)),
            (Lang::En, Some(t)) => format!("{} until {t}", self.mode(mode)),
            (_, None) => self.mode(mode).to_owned(),
        };
        let waiting_part = match (self, waiting) {
            (Lang::Zh, 0) => "无待处理".to_owned(),
            (Lang::Zh, n) => format!("{n} 条待处理"),
            (Lang::En, 0) => "nothing waiting".to_owned(),
            (Lang::En, n) => format!("{n} waiting"),
        };
        format!("{mode_part} · {waiting_part}")
    }

    /// The "pause until morning" item, with the opening time (`09:00`) when there is one.
    pub fn pause(self, next_open: Option<&str>) -> String {
        match (self, next_open) {
            (Lang::Zh, Some(t)) => format!("暂停到早上 {t}"),
            (Lang::En, Some(t)) => format!("Pause until {t}"),
            (Lang::Zh, None) => "暂停到早上".to_owned(),
            (Lang::En, None) => "Pause until morning".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_picks_the_language() {
        assert_eq!(Lang::from_locale("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_locale("zh_TW.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("en-US"), Lang::En);
        assert_eq!(Lang::from_locale("de"), Lang::En);
    }

    #[test]
    fn the_status_line_names_the_mode_its_end_and_the_waiting() {
        assert_eq!(
            Lang::Zh.status(Mode::Auto, None, 3),
            "自动回复 · 3 条待处理"
        );
        assert_eq!(
            Lang::Zh.status(Mode::Off, Some("09:00"), 0),
            "已暂停(至 09:00) · 无待处理"
        );
        assert_eq!(
            Lang::En.status(Mode::Assist, Some("23:00"), 1),
            "Assist until 23:00 · 1 waiting"
        );
        assert_eq!(Lang::En.pause(Some("09:00")), "Pause until 09:00");
        assert_eq!(Lang::Zh.pause(None), "暂停到早上");
    }
}
