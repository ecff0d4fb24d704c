extension UIEnglish {
    static let start = #"""
    start.title = Welcome
    start.info = Credentials are read at start; nothing is stored by this screen.
    # {0} why no credentials could be used (from the launcher)
    start.problem = No Atlas credentials: {0}
    start.demo.starting = Starting the demo sandbox…
    # Around the key d
    start.offer.before = "Press "
    start.offer.after = " to try the demo: a local sandbox with sample projects."
    start.intro = atlas-integrations needs an Atlas API key or a service account with Project Owner (or Organization Owner) on the projects you want to change. Provide one of:
    start.option.apikey = 1. An API key, in the environment:
    start.option.serviceaccount = 2. A service account, in the environment:
    start.option.profile = 3. An Atlas CLI profile in ~/.config/atlascli/config.toml
    start.option.profile.how = (atlas config init, or atlas auth login), chosen with --profile NAME.
    start.placeholder.publickey = <public key>
    start.placeholder.privatekey = <private key>
    start.placeholder.clientid = <client id>
    start.placeholder.clientsecret = <client secret>
    start.baseurl = For Atlas for Government or Ops Manager, also set MONGODB_ATLAS_BASE_URL.
    start.again = Then run atlas-integrations again.
    start.key.demo = start the demo
    start.reason.starting = starting
    start.help.title = Help: start
    start.help.section = Start
    """#
}
