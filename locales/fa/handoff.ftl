# Talk to a person: a chat with a cultural mediator, relayed by the bot. Short, calm
# sentences: she may be afraid, in a hurry, or reading on a small phone. Lines that end in
# a colon are followed by a number or times that the bot adds.
# Persian translation of the English reference. DRAFT: not yet checked by a native speaker.
handoff-waiting =
    ممنون. یک میانجی که به زبان شما صحبت می‌کند، همین‌جا در این گفتگو به شما پیام می‌دهد.
    میانجی نام شما، نام کاربری شما یا شماره تلفن شما را نمی‌بیند.
    الان می‌توانید بنویسید. وقتی میانجی بیاید، پیام‌های شما را به او می‌رسانیم.
handoff-case-number = شماره پرونده شما:
handoff-queue-place = نوبت شما در صف:
handoff-urgent = اگر الان در خطر هستید، با 112 تماس بگیرید. رایگان است.
handoff-already = شما الان در صف انتظار یک میانجی هستید. همین حالا می‌توانید اینجا بنویسید.
handoff-hours = میانجی‌ها در این زمان‌ها جواب می‌دهند:
handoff-hours-later = الان کسی اینجا نیست. پیام‌های شما منتظر میانجی می‌مانند. اگر نمی‌توانید صبر کنید، همین الان به یک خط کمک زنگ بزنید.
handoff-joined = یک میانجی الان اینجاست. اینجا، در همین گفتگو بنویسید. هر وقت خواستید تمام کنید، روی «پایان گفتگو» بزنید.
handoff-in-chat = شما با یک میانجی صحبت می‌کنید. اینجا بنویسید. برای تمام کردن و بازگشت به منو، روی «پایان گفتگو» بزنید.
handoff-escalated = ببخشید، هنوز کسی آزاد نیست. ما هنوز دنبال یک میانجی هستیم. اگر نمی‌توانید صبر کنید، همین الان به یک خط کمک زنگ بزنید:
handoff-mediator-left = میانجی مجبور شد برود. ما دنبال یک میانجی دیگر هستیم. پیام‌های شما اینجا منتظر می‌مانند.
handoff-not-passed = ببخشید، این نوع پیام را نمی‌توانیم به میانجی برسانیم. لطفاً آن را به صورت متن بنویسید، یا یک عکس، پیام صوتی یا فایل بفرستید.
handoff-ended = گفتگو با میانجی تمام شد. هر وقت بخواهید، می‌توانید دوباره درخواست صحبت با یک نفر بدهید.
handoff-closed-by-mediator = میانجی گفتگو را تمام کرد. هر وقت بخواهید، می‌توانید دوباره درخواست صحبت با یک نفر بدهید.
handoff-rate = آیا این گفتگو به شما کمک کرد؟ لازم نیست جواب بدهید. جواب شما بدون نام است.
handoff-thanks = ممنون از جواب شما.
handoff-unavailable = گفتگو با یک میانجی در داخل این ربات هنوز فعال نیست.
btn-talk-here = 💬 گفتگو با میانجی همین‌جا
btn-end-chat = ✖️ پایان گفتگو
btn-helplines = ☎️ خطوط کمک
btn-rate-good = 👍 بله
btn-rate-some = 🙂 کمی
btn-rate-bad = 👎 نه
cmd-human = صحبت با یک نفر
handoff-idle-closed = گفتگو با میانجی بسته شد، چون روزهای زیادی کسی در آن چیزی ننوشت. هر وقت بخواهید، می‌توانید دوباره درخواست صحبت با یک نفر بدهید.
