# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = شروع دوباره
cmd-menu = منوی اصلی
cmd-language = تغییر زبان
cmd-help = دستورها چه کار می‌کنند
cmd-exit = خروج سریع: پیام‌های اخیر را پاک می‌کند
cmd-forget = پاک کردن همه چیزهایی که از شما نگه می‌داریم
cmd-subscribe = جلسه‌ها و دعوت‌نامه‌ها
cmd-stop = توقف همه اطلاعیه‌ها
flood-notice = شما پیام‌های زیادی خیلی سریع می‌فرستید. یک دقیقه دیگر دوباره جواب می‌دهم. اگر الان در خطر هستید، با 112 تماس بگیرید.
btn-share-location = 📍 فرستادن موقعیت من
