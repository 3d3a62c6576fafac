//! Chinese requests for a person that a phrase cannot catch: talk sought with someone named by
//! where they work (`我要找柜台的人讲话`), and someone titled asked to call (`麻烦请林主任打电话给我`).

/// True when the buyer says they want to talk to someone (`我要找柜台的人讲话`, `我想找负责的人说话`):
/// `我要找` or `我想找`, then within a few characters a word of talking.
pub(super) fn talk_sought(normalized: &str) -> bool {
    const TALK: &[&str] = &["讲话", "说话", "谈谈", "聊聊"];
    ["我要找", "我想找"].iter().any(|opener| {
        normalized.match_indices(opener).any(|(at, o)| {
            let after: String = normalized[at + o.len()..].chars().take(10).collect();
            TALK.iter().any(|t| after.contains(t))
        })
    })
}

/// True when someone of the shop is asked by title to call (`麻烦请林主任打电话给我`, `让你们经理给我回个
/// 电话`): `请` or `让`, a name ending in a title, then a call to the buyer. When one calls is
/// another question (`师傅什么时候会打电话给我`), and a call told of is no request (`老师打电话给我了`).
pub(super) fn titled_call_asked(normalized: &str) -> bool {
    const CALLS: &[&str] = &[
        "打电话给我",
        "给我打电话",
        "回电话给我",
        "给我回电话",
        "给我回个电话",
        "回个电话给我",
    ];
    const TITLES: &[&str] = &[
        "主任",
        "经理",
        "老师",
        "店长",
        "老板",
        "主管",
        "医生",
        "师傅",
        "负责人",
    ];
    CALLS.iter().any(|call| {
        normalized.match_indices(call).any(|(at, c)| {
            let before = &normalized[..at];
            let told = normalized[at + c.len()..].starts_with(['了', '说']);
            let asked = before
                .char_indices()
                .rev()
                .take(8)
                .any(|(i, _)| before[i..].starts_with(['请', '让']));
            !told && asked && TITLES.iter().any(|t| before.ends_with(t))
        })
    })
}
