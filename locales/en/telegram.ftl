# Telegram: the command menu (setMyCommands, at most 256 characters each), the notice
# for someone who writes very fast, and the button that shares a location.

cmd-start = Start again
cmd-menu = Main menu
cmd-language = Change the language
cmd-help = What the commands do
cmd-exit = Quick exit: delete recent messages
cmd-forget = Delete everything we keep about you
cmd-subscribe = Sessions and invitations
cmd-stop = Stop all announcements
flood-notice = You are sending many messages very fast. I will answer again in a minute. If you are in danger now, call 112.
btn-share-location = 📍 Send my location
