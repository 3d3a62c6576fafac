fn main() {
    let j = jieba_rs::Jieba::new();
    for q in std::env::args().skip(1) {
        let t: Vec<String> = j
            .tag(&q, true)
            .iter()
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        println!("{}", t.join(" "));
    }
}
