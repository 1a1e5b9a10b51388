package org.itup.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.itup.dsl.services.ItupGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_ID", "RULE_STRING", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'qualitative'", "'goal'", "'goals'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'import'", "'value'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'objective'", "'primary'", "'secondary'", "'outcome'", "'output'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'activity'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'measured'", "'all'", "'unavailable'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=4;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__77=77;
    public static final int T__34=34;
    public static final int T__78=78;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;

    // delegates
    // delegators


        public InternalItupParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalItupParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalItupParser.tokenNames; }
    public String getGrammarFileName() { return "InternalItup.g"; }


    	private ItupGrammarAccess grammarAccess;

    	public void setGrammarAccess(ItupGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRulePlan"
    // InternalItup.g:53:1: entryRulePlan : rulePlan EOF ;
    public final void entryRulePlan() throws RecognitionException {
        try {
            // InternalItup.g:54:1: ( rulePlan EOF )
            // InternalItup.g:55:1: rulePlan EOF
            {
             before(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            rulePlan();

            state._fsp--;

             after(grammarAccess.getPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalItup.g:62:1: rulePlan : ( ( rule__Plan__Group__0 ) ) ;
    public final void rulePlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:66:2: ( ( ( rule__Plan__Group__0 ) ) )
            // InternalItup.g:67:2: ( ( rule__Plan__Group__0 ) )
            {
            // InternalItup.g:67:2: ( ( rule__Plan__Group__0 ) )
            // InternalItup.g:68:3: ( rule__Plan__Group__0 )
            {
             before(grammarAccess.getPlanAccess().getGroup()); 
            // InternalItup.g:69:3: ( rule__Plan__Group__0 )
            // InternalItup.g:69:4: rule__Plan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:78:1: entryRuleImport : ruleImport EOF ;
    public final void entryRuleImport() throws RecognitionException {
        try {
            // InternalItup.g:79:1: ( ruleImport EOF )
            // InternalItup.g:80:1: ruleImport EOF
            {
             before(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalItup.g:87:1: ruleImport : ( ( rule__Import__Group__0 ) ) ;
    public final void ruleImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:91:2: ( ( ( rule__Import__Group__0 ) ) )
            // InternalItup.g:92:2: ( ( rule__Import__Group__0 ) )
            {
            // InternalItup.g:92:2: ( ( rule__Import__Group__0 ) )
            // InternalItup.g:93:3: ( rule__Import__Group__0 )
            {
             before(grammarAccess.getImportAccess().getGroup()); 
            // InternalItup.g:94:3: ( rule__Import__Group__0 )
            // InternalItup.g:94:4: rule__Import__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleCoreValue"
    // InternalItup.g:103:1: entryRuleCoreValue : ruleCoreValue EOF ;
    public final void entryRuleCoreValue() throws RecognitionException {
        try {
            // InternalItup.g:104:1: ( ruleCoreValue EOF )
            // InternalItup.g:105:1: ruleCoreValue EOF
            {
             before(grammarAccess.getCoreValueRule()); 
            pushFollow(FOLLOW_1);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getCoreValueRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCoreValue"


    // $ANTLR start "ruleCoreValue"
    // InternalItup.g:112:1: ruleCoreValue : ( ( rule__CoreValue__Group__0 ) ) ;
    public final void ruleCoreValue() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:116:2: ( ( ( rule__CoreValue__Group__0 ) ) )
            // InternalItup.g:117:2: ( ( rule__CoreValue__Group__0 ) )
            {
            // InternalItup.g:117:2: ( ( rule__CoreValue__Group__0 ) )
            // InternalItup.g:118:3: ( rule__CoreValue__Group__0 )
            {
             before(grammarAccess.getCoreValueAccess().getGroup()); 
            // InternalItup.g:119:3: ( rule__CoreValue__Group__0 )
            // InternalItup.g:119:4: rule__CoreValue__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCoreValue"


    // $ANTLR start "entryRuleGoal"
    // InternalItup.g:128:1: entryRuleGoal : ruleGoal EOF ;
    public final void entryRuleGoal() throws RecognitionException {
        try {
            // InternalItup.g:129:1: ( ruleGoal EOF )
            // InternalItup.g:130:1: ruleGoal EOF
            {
             before(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getGoalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalItup.g:137:1: ruleGoal : ( ( rule__Goal__Group__0 ) ) ;
    public final void ruleGoal() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:141:2: ( ( ( rule__Goal__Group__0 ) ) )
            // InternalItup.g:142:2: ( ( rule__Goal__Group__0 ) )
            {
            // InternalItup.g:142:2: ( ( rule__Goal__Group__0 ) )
            // InternalItup.g:143:3: ( rule__Goal__Group__0 )
            {
             before(grammarAccess.getGoalAccess().getGroup()); 
            // InternalItup.g:144:3: ( rule__Goal__Group__0 )
            // InternalItup.g:144:4: rule__Goal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleTarget"
    // InternalItup.g:153:1: entryRuleTarget : ruleTarget EOF ;
    public final void entryRuleTarget() throws RecognitionException {
        try {
            // InternalItup.g:154:1: ( ruleTarget EOF )
            // InternalItup.g:155:1: ruleTarget EOF
            {
             before(grammarAccess.getTargetRule()); 
            pushFollow(FOLLOW_1);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getTargetRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTarget"


    // $ANTLR start "ruleTarget"
    // InternalItup.g:162:1: ruleTarget : ( ( rule__Target__Group__0 ) ) ;
    public final void ruleTarget() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:166:2: ( ( ( rule__Target__Group__0 ) ) )
            // InternalItup.g:167:2: ( ( rule__Target__Group__0 ) )
            {
            // InternalItup.g:167:2: ( ( rule__Target__Group__0 ) )
            // InternalItup.g:168:3: ( rule__Target__Group__0 )
            {
             before(grammarAccess.getTargetAccess().getGroup()); 
            // InternalItup.g:169:3: ( rule__Target__Group__0 )
            // InternalItup.g:169:4: rule__Target__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTarget"


    // $ANTLR start "entryRuleBaseline"
    // InternalItup.g:178:1: entryRuleBaseline : ruleBaseline EOF ;
    public final void entryRuleBaseline() throws RecognitionException {
        try {
            // InternalItup.g:179:1: ( ruleBaseline EOF )
            // InternalItup.g:180:1: ruleBaseline EOF
            {
             before(grammarAccess.getBaselineRule()); 
            pushFollow(FOLLOW_1);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getBaselineRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBaseline"


    // $ANTLR start "ruleBaseline"
    // InternalItup.g:187:1: ruleBaseline : ( ( rule__Baseline__Group__0 ) ) ;
    public final void ruleBaseline() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:191:2: ( ( ( rule__Baseline__Group__0 ) ) )
            // InternalItup.g:192:2: ( ( rule__Baseline__Group__0 ) )
            {
            // InternalItup.g:192:2: ( ( rule__Baseline__Group__0 ) )
            // InternalItup.g:193:3: ( rule__Baseline__Group__0 )
            {
             before(grammarAccess.getBaselineAccess().getGroup()); 
            // InternalItup.g:194:3: ( rule__Baseline__Group__0 )
            // InternalItup.g:194:4: rule__Baseline__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:203:1: entryRuleSdgLink : ruleSdgLink EOF ;
    public final void entryRuleSdgLink() throws RecognitionException {
        try {
            // InternalItup.g:204:1: ( ruleSdgLink EOF )
            // InternalItup.g:205:1: ruleSdgLink EOF
            {
             before(grammarAccess.getSdgLinkRule()); 
            pushFollow(FOLLOW_1);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getSdgLinkRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSdgLink"


    // $ANTLR start "ruleSdgLink"
    // InternalItup.g:212:1: ruleSdgLink : ( ( rule__SdgLink__Group__0 ) ) ;
    public final void ruleSdgLink() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:216:2: ( ( ( rule__SdgLink__Group__0 ) ) )
            // InternalItup.g:217:2: ( ( rule__SdgLink__Group__0 ) )
            {
            // InternalItup.g:217:2: ( ( rule__SdgLink__Group__0 ) )
            // InternalItup.g:218:3: ( rule__SdgLink__Group__0 )
            {
             before(grammarAccess.getSdgLinkAccess().getGroup()); 
            // InternalItup.g:219:3: ( rule__SdgLink__Group__0 )
            // InternalItup.g:219:4: rule__SdgLink__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSdgLink"


    // $ANTLR start "entryRuleSector"
    // InternalItup.g:228:1: entryRuleSector : ruleSector EOF ;
    public final void entryRuleSector() throws RecognitionException {
        try {
            // InternalItup.g:229:1: ( ruleSector EOF )
            // InternalItup.g:230:1: ruleSector EOF
            {
             before(grammarAccess.getSectorRule()); 
            pushFollow(FOLLOW_1);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getSectorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSector"


    // $ANTLR start "ruleSector"
    // InternalItup.g:237:1: ruleSector : ( ( rule__Sector__Group__0 ) ) ;
    public final void ruleSector() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:241:2: ( ( ( rule__Sector__Group__0 ) ) )
            // InternalItup.g:242:2: ( ( rule__Sector__Group__0 ) )
            {
            // InternalItup.g:242:2: ( ( rule__Sector__Group__0 ) )
            // InternalItup.g:243:3: ( rule__Sector__Group__0 )
            {
             before(grammarAccess.getSectorAccess().getGroup()); 
            // InternalItup.g:244:3: ( rule__Sector__Group__0 )
            // InternalItup.g:244:4: rule__Sector__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSector"


    // $ANTLR start "entryRuleBureau"
    // InternalItup.g:253:1: entryRuleBureau : ruleBureau EOF ;
    public final void entryRuleBureau() throws RecognitionException {
        try {
            // InternalItup.g:254:1: ( ruleBureau EOF )
            // InternalItup.g:255:1: ruleBureau EOF
            {
             before(grammarAccess.getBureauRule()); 
            pushFollow(FOLLOW_1);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getBureauRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBureau"


    // $ANTLR start "ruleBureau"
    // InternalItup.g:262:1: ruleBureau : ( ( rule__Bureau__Group__0 ) ) ;
    public final void ruleBureau() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:266:2: ( ( ( rule__Bureau__Group__0 ) ) )
            // InternalItup.g:267:2: ( ( rule__Bureau__Group__0 ) )
            {
            // InternalItup.g:267:2: ( ( rule__Bureau__Group__0 ) )
            // InternalItup.g:268:3: ( rule__Bureau__Group__0 )
            {
             before(grammarAccess.getBureauAccess().getGroup()); 
            // InternalItup.g:269:3: ( rule__Bureau__Group__0 )
            // InternalItup.g:269:4: rule__Bureau__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBureau"


    // $ANTLR start "entryRuleObjective"
    // InternalItup.g:278:1: entryRuleObjective : ruleObjective EOF ;
    public final void entryRuleObjective() throws RecognitionException {
        try {
            // InternalItup.g:279:1: ( ruleObjective EOF )
            // InternalItup.g:280:1: ruleObjective EOF
            {
             before(grammarAccess.getObjectiveRule()); 
            pushFollow(FOLLOW_1);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getObjectiveRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleObjective"


    // $ANTLR start "ruleObjective"
    // InternalItup.g:287:1: ruleObjective : ( ( rule__Objective__Group__0 ) ) ;
    public final void ruleObjective() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:291:2: ( ( ( rule__Objective__Group__0 ) ) )
            // InternalItup.g:292:2: ( ( rule__Objective__Group__0 ) )
            {
            // InternalItup.g:292:2: ( ( rule__Objective__Group__0 ) )
            // InternalItup.g:293:3: ( rule__Objective__Group__0 )
            {
             before(grammarAccess.getObjectiveAccess().getGroup()); 
            // InternalItup.g:294:3: ( rule__Objective__Group__0 )
            // InternalItup.g:294:4: rule__Objective__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleObjective"


    // $ANTLR start "entryRuleOutcome"
    // InternalItup.g:303:1: entryRuleOutcome : ruleOutcome EOF ;
    public final void entryRuleOutcome() throws RecognitionException {
        try {
            // InternalItup.g:304:1: ( ruleOutcome EOF )
            // InternalItup.g:305:1: ruleOutcome EOF
            {
             before(grammarAccess.getOutcomeRule()); 
            pushFollow(FOLLOW_1);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getOutcomeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutcome"


    // $ANTLR start "ruleOutcome"
    // InternalItup.g:312:1: ruleOutcome : ( ( rule__Outcome__Group__0 ) ) ;
    public final void ruleOutcome() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:316:2: ( ( ( rule__Outcome__Group__0 ) ) )
            // InternalItup.g:317:2: ( ( rule__Outcome__Group__0 ) )
            {
            // InternalItup.g:317:2: ( ( rule__Outcome__Group__0 ) )
            // InternalItup.g:318:3: ( rule__Outcome__Group__0 )
            {
             before(grammarAccess.getOutcomeAccess().getGroup()); 
            // InternalItup.g:319:3: ( rule__Outcome__Group__0 )
            // InternalItup.g:319:4: rule__Outcome__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutcome"


    // $ANTLR start "entryRuleOutput"
    // InternalItup.g:328:1: entryRuleOutput : ruleOutput EOF ;
    public final void entryRuleOutput() throws RecognitionException {
        try {
            // InternalItup.g:329:1: ( ruleOutput EOF )
            // InternalItup.g:330:1: ruleOutput EOF
            {
             before(grammarAccess.getOutputRule()); 
            pushFollow(FOLLOW_1);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getOutputRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutput"


    // $ANTLR start "ruleOutput"
    // InternalItup.g:337:1: ruleOutput : ( ( rule__Output__Group__0 ) ) ;
    public final void ruleOutput() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:341:2: ( ( ( rule__Output__Group__0 ) ) )
            // InternalItup.g:342:2: ( ( rule__Output__Group__0 ) )
            {
            // InternalItup.g:342:2: ( ( rule__Output__Group__0 ) )
            // InternalItup.g:343:3: ( rule__Output__Group__0 )
            {
             before(grammarAccess.getOutputAccess().getGroup()); 
            // InternalItup.g:344:3: ( rule__Output__Group__0 )
            // InternalItup.g:344:4: rule__Output__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutput"


    // $ANTLR start "entryRulePerformanceIndicator"
    // InternalItup.g:353:1: entryRulePerformanceIndicator : rulePerformanceIndicator EOF ;
    public final void entryRulePerformanceIndicator() throws RecognitionException {
        try {
            // InternalItup.g:354:1: ( rulePerformanceIndicator EOF )
            // InternalItup.g:355:1: rulePerformanceIndicator EOF
            {
             before(grammarAccess.getPerformanceIndicatorRule()); 
            pushFollow(FOLLOW_1);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePerformanceIndicator"


    // $ANTLR start "rulePerformanceIndicator"
    // InternalItup.g:362:1: rulePerformanceIndicator : ( ( rule__PerformanceIndicator__Group__0 ) ) ;
    public final void rulePerformanceIndicator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:366:2: ( ( ( rule__PerformanceIndicator__Group__0 ) ) )
            // InternalItup.g:367:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            {
            // InternalItup.g:367:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            // InternalItup.g:368:3: ( rule__PerformanceIndicator__Group__0 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 
            // InternalItup.g:369:3: ( rule__PerformanceIndicator__Group__0 )
            // InternalItup.g:369:4: rule__PerformanceIndicator__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePerformanceIndicator"


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:378:1: entryRuleEnabler : ruleEnabler EOF ;
    public final void entryRuleEnabler() throws RecognitionException {
        try {
            // InternalItup.g:379:1: ( ruleEnabler EOF )
            // InternalItup.g:380:1: ruleEnabler EOF
            {
             before(grammarAccess.getEnablerRule()); 
            pushFollow(FOLLOW_1);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getEnablerRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEnabler"


    // $ANTLR start "ruleEnabler"
    // InternalItup.g:387:1: ruleEnabler : ( ( rule__Enabler__Group__0 ) ) ;
    public final void ruleEnabler() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:391:2: ( ( ( rule__Enabler__Group__0 ) ) )
            // InternalItup.g:392:2: ( ( rule__Enabler__Group__0 ) )
            {
            // InternalItup.g:392:2: ( ( rule__Enabler__Group__0 ) )
            // InternalItup.g:393:3: ( rule__Enabler__Group__0 )
            {
             before(grammarAccess.getEnablerAccess().getGroup()); 
            // InternalItup.g:394:3: ( rule__Enabler__Group__0 )
            // InternalItup.g:394:4: rule__Enabler__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnabler"


    // $ANTLR start "entryRuleStrategicRisk"
    // InternalItup.g:403:1: entryRuleStrategicRisk : ruleStrategicRisk EOF ;
    public final void entryRuleStrategicRisk() throws RecognitionException {
        try {
            // InternalItup.g:404:1: ( ruleStrategicRisk EOF )
            // InternalItup.g:405:1: ruleStrategicRisk EOF
            {
             before(grammarAccess.getStrategicRiskRule()); 
            pushFollow(FOLLOW_1);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getStrategicRiskRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStrategicRisk"


    // $ANTLR start "ruleStrategicRisk"
    // InternalItup.g:412:1: ruleStrategicRisk : ( ( rule__StrategicRisk__Group__0 ) ) ;
    public final void ruleStrategicRisk() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:416:2: ( ( ( rule__StrategicRisk__Group__0 ) ) )
            // InternalItup.g:417:2: ( ( rule__StrategicRisk__Group__0 ) )
            {
            // InternalItup.g:417:2: ( ( rule__StrategicRisk__Group__0 ) )
            // InternalItup.g:418:3: ( rule__StrategicRisk__Group__0 )
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup()); 
            // InternalItup.g:419:3: ( rule__StrategicRisk__Group__0 )
            // InternalItup.g:419:4: rule__StrategicRisk__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStrategicRisk"


    // $ANTLR start "entryRuleMitigation"
    // InternalItup.g:428:1: entryRuleMitigation : ruleMitigation EOF ;
    public final void entryRuleMitigation() throws RecognitionException {
        try {
            // InternalItup.g:429:1: ( ruleMitigation EOF )
            // InternalItup.g:430:1: ruleMitigation EOF
            {
             before(grammarAccess.getMitigationRule()); 
            pushFollow(FOLLOW_1);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getMitigationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMitigation"


    // $ANTLR start "ruleMitigation"
    // InternalItup.g:437:1: ruleMitigation : ( ( rule__Mitigation__Group__0 ) ) ;
    public final void ruleMitigation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:441:2: ( ( ( rule__Mitigation__Group__0 ) ) )
            // InternalItup.g:442:2: ( ( rule__Mitigation__Group__0 ) )
            {
            // InternalItup.g:442:2: ( ( rule__Mitigation__Group__0 ) )
            // InternalItup.g:443:3: ( rule__Mitigation__Group__0 )
            {
             before(grammarAccess.getMitigationAccess().getGroup()); 
            // InternalItup.g:444:3: ( rule__Mitigation__Group__0 )
            // InternalItup.g:444:4: rule__Mitigation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMitigation"


    // $ANTLR start "entryRuleSwotItem"
    // InternalItup.g:453:1: entryRuleSwotItem : ruleSwotItem EOF ;
    public final void entryRuleSwotItem() throws RecognitionException {
        try {
            // InternalItup.g:454:1: ( ruleSwotItem EOF )
            // InternalItup.g:455:1: ruleSwotItem EOF
            {
             before(grammarAccess.getSwotItemRule()); 
            pushFollow(FOLLOW_1);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getSwotItemRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSwotItem"


    // $ANTLR start "ruleSwotItem"
    // InternalItup.g:462:1: ruleSwotItem : ( ( rule__SwotItem__Group__0 ) ) ;
    public final void ruleSwotItem() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:466:2: ( ( ( rule__SwotItem__Group__0 ) ) )
            // InternalItup.g:467:2: ( ( rule__SwotItem__Group__0 ) )
            {
            // InternalItup.g:467:2: ( ( rule__SwotItem__Group__0 ) )
            // InternalItup.g:468:3: ( rule__SwotItem__Group__0 )
            {
             before(grammarAccess.getSwotItemAccess().getGroup()); 
            // InternalItup.g:469:3: ( rule__SwotItem__Group__0 )
            // InternalItup.g:469:4: rule__SwotItem__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotItem"


    // $ANTLR start "entryRuleImplementationCriterion"
    // InternalItup.g:478:1: entryRuleImplementationCriterion : ruleImplementationCriterion EOF ;
    public final void entryRuleImplementationCriterion() throws RecognitionException {
        try {
            // InternalItup.g:479:1: ( ruleImplementationCriterion EOF )
            // InternalItup.g:480:1: ruleImplementationCriterion EOF
            {
             before(grammarAccess.getImplementationCriterionRule()); 
            pushFollow(FOLLOW_1);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImplementationCriterion"


    // $ANTLR start "ruleImplementationCriterion"
    // InternalItup.g:487:1: ruleImplementationCriterion : ( ( rule__ImplementationCriterion__Group__0 ) ) ;
    public final void ruleImplementationCriterion() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:491:2: ( ( ( rule__ImplementationCriterion__Group__0 ) ) )
            // InternalItup.g:492:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            {
            // InternalItup.g:492:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            // InternalItup.g:493:3: ( rule__ImplementationCriterion__Group__0 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup()); 
            // InternalItup.g:494:3: ( rule__ImplementationCriterion__Group__0 )
            // InternalItup.g:494:4: rule__ImplementationCriterion__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImplementationCriterion"


    // $ANTLR start "entryRuleGlossaryTerm"
    // InternalItup.g:503:1: entryRuleGlossaryTerm : ruleGlossaryTerm EOF ;
    public final void entryRuleGlossaryTerm() throws RecognitionException {
        try {
            // InternalItup.g:504:1: ( ruleGlossaryTerm EOF )
            // InternalItup.g:505:1: ruleGlossaryTerm EOF
            {
             before(grammarAccess.getGlossaryTermRule()); 
            pushFollow(FOLLOW_1);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getGlossaryTermRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGlossaryTerm"


    // $ANTLR start "ruleGlossaryTerm"
    // InternalItup.g:512:1: ruleGlossaryTerm : ( ( rule__GlossaryTerm__Group__0 ) ) ;
    public final void ruleGlossaryTerm() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:516:2: ( ( ( rule__GlossaryTerm__Group__0 ) ) )
            // InternalItup.g:517:2: ( ( rule__GlossaryTerm__Group__0 ) )
            {
            // InternalItup.g:517:2: ( ( rule__GlossaryTerm__Group__0 ) )
            // InternalItup.g:518:3: ( rule__GlossaryTerm__Group__0 )
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup()); 
            // InternalItup.g:519:3: ( rule__GlossaryTerm__Group__0 )
            // InternalItup.g:519:4: rule__GlossaryTerm__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGlossaryTerm"


    // $ANTLR start "entryRuleTranslation"
    // InternalItup.g:528:1: entryRuleTranslation : ruleTranslation EOF ;
    public final void entryRuleTranslation() throws RecognitionException {
        try {
            // InternalItup.g:529:1: ( ruleTranslation EOF )
            // InternalItup.g:530:1: ruleTranslation EOF
            {
             before(grammarAccess.getTranslationRule()); 
            pushFollow(FOLLOW_1);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getTranslationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTranslation"


    // $ANTLR start "ruleTranslation"
    // InternalItup.g:537:1: ruleTranslation : ( ( rule__Translation__Group__0 ) ) ;
    public final void ruleTranslation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:541:2: ( ( ( rule__Translation__Group__0 ) ) )
            // InternalItup.g:542:2: ( ( rule__Translation__Group__0 ) )
            {
            // InternalItup.g:542:2: ( ( rule__Translation__Group__0 ) )
            // InternalItup.g:543:3: ( rule__Translation__Group__0 )
            {
             before(grammarAccess.getTranslationAccess().getGroup()); 
            // InternalItup.g:544:3: ( rule__Translation__Group__0 )
            // InternalItup.g:544:4: rule__Translation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTranslation"


    // $ANTLR start "entryRuleCode"
    // InternalItup.g:553:1: entryRuleCode : ruleCode EOF ;
    public final void entryRuleCode() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:557:1: ( ruleCode EOF )
            // InternalItup.g:558:1: ruleCode EOF
            {
             before(grammarAccess.getCodeRule()); 
            pushFollow(FOLLOW_1);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleCode"


    // $ANTLR start "ruleCode"
    // InternalItup.g:568:1: ruleCode : ( ( rule__Code__Group__0 ) ) ;
    public final void ruleCode() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:573:2: ( ( ( rule__Code__Group__0 ) ) )
            // InternalItup.g:574:2: ( ( rule__Code__Group__0 ) )
            {
            // InternalItup.g:574:2: ( ( rule__Code__Group__0 ) )
            // InternalItup.g:575:3: ( rule__Code__Group__0 )
            {
             before(grammarAccess.getCodeAccess().getGroup()); 
            // InternalItup.g:576:3: ( rule__Code__Group__0 )
            // InternalItup.g:576:4: rule__Code__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:586:1: entryRuleCodeSegment : ruleCodeSegment EOF ;
    public final void entryRuleCodeSegment() throws RecognitionException {
        try {
            // InternalItup.g:587:1: ( ruleCodeSegment EOF )
            // InternalItup.g:588:1: ruleCodeSegment EOF
            {
             before(grammarAccess.getCodeSegmentRule()); 
            pushFollow(FOLLOW_1);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeSegmentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCodeSegment"


    // $ANTLR start "ruleCodeSegment"
    // InternalItup.g:595:1: ruleCodeSegment : ( ( rule__CodeSegment__Alternatives ) ) ;
    public final void ruleCodeSegment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:599:2: ( ( ( rule__CodeSegment__Alternatives ) ) )
            // InternalItup.g:600:2: ( ( rule__CodeSegment__Alternatives ) )
            {
            // InternalItup.g:600:2: ( ( rule__CodeSegment__Alternatives ) )
            // InternalItup.g:601:3: ( rule__CodeSegment__Alternatives )
            {
             before(grammarAccess.getCodeSegmentAccess().getAlternatives()); 
            // InternalItup.g:602:3: ( rule__CodeSegment__Alternatives )
            // InternalItup.g:602:4: rule__CodeSegment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__CodeSegment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getCodeSegmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCodeSegment"


    // $ANTLR start "entryRulePlanName"
    // InternalItup.g:611:1: entryRulePlanName : rulePlanName EOF ;
    public final void entryRulePlanName() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:615:1: ( rulePlanName EOF )
            // InternalItup.g:616:1: rulePlanName EOF
            {
             before(grammarAccess.getPlanNameRule()); 
            pushFollow(FOLLOW_1);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRulePlanName"


    // $ANTLR start "rulePlanName"
    // InternalItup.g:626:1: rulePlanName : ( ( rule__PlanName__Group__0 ) ) ;
    public final void rulePlanName() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:631:2: ( ( ( rule__PlanName__Group__0 ) ) )
            // InternalItup.g:632:2: ( ( rule__PlanName__Group__0 ) )
            {
            // InternalItup.g:632:2: ( ( rule__PlanName__Group__0 ) )
            // InternalItup.g:633:3: ( rule__PlanName__Group__0 )
            {
             before(grammarAccess.getPlanNameAccess().getGroup()); 
            // InternalItup.g:634:3: ( rule__PlanName__Group__0 )
            // InternalItup.g:634:4: rule__PlanName__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "rulePlanName"


    // $ANTLR start "entryRuleYear"
    // InternalItup.g:644:1: entryRuleYear : ruleYear EOF ;
    public final void entryRuleYear() throws RecognitionException {
        try {
            // InternalItup.g:645:1: ( ruleYear EOF )
            // InternalItup.g:646:1: ruleYear EOF
            {
             before(grammarAccess.getYearRule()); 
            pushFollow(FOLLOW_1);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getYearRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleYear"


    // $ANTLR start "ruleYear"
    // InternalItup.g:653:1: ruleYear : ( RULE_INT ) ;
    public final void ruleYear() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:657:2: ( ( RULE_INT ) )
            // InternalItup.g:658:2: ( RULE_INT )
            {
            // InternalItup.g:658:2: ( RULE_INT )
            // InternalItup.g:659:3: RULE_INT
            {
             before(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleYear"


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:669:1: entryRuleDecimal : ruleDecimal EOF ;
    public final void entryRuleDecimal() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:673:1: ( ruleDecimal EOF )
            // InternalItup.g:674:1: ruleDecimal EOF
            {
             before(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getDecimalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalItup.g:684:1: ruleDecimal : ( ( rule__Decimal__Group__0 ) ) ;
    public final void ruleDecimal() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:689:2: ( ( ( rule__Decimal__Group__0 ) ) )
            // InternalItup.g:690:2: ( ( rule__Decimal__Group__0 ) )
            {
            // InternalItup.g:690:2: ( ( rule__Decimal__Group__0 ) )
            // InternalItup.g:691:3: ( rule__Decimal__Group__0 )
            {
             before(grammarAccess.getDecimalAccess().getGroup()); 
            // InternalItup.g:692:3: ( rule__Decimal__Group__0 )
            // InternalItup.g:692:4: rule__Decimal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDecimalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:702:1: ruleMeasuredTargetKind : ( ( rule__MeasuredTargetKind__Alternatives ) ) ;
    public final void ruleMeasuredTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:706:1: ( ( ( rule__MeasuredTargetKind__Alternatives ) ) )
            // InternalItup.g:707:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            {
            // InternalItup.g:707:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            // InternalItup.g:708:3: ( rule__MeasuredTargetKind__Alternatives )
            {
             before(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 
            // InternalItup.g:709:3: ( rule__MeasuredTargetKind__Alternatives )
            // InternalItup.g:709:4: rule__MeasuredTargetKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__MeasuredTargetKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMeasuredTargetKind"


    // $ANTLR start "ruleQualitativeTargetKind"
    // InternalItup.g:718:1: ruleQualitativeTargetKind : ( ( 'qualitative' ) ) ;
    public final void ruleQualitativeTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:722:1: ( ( ( 'qualitative' ) ) )
            // InternalItup.g:723:2: ( ( 'qualitative' ) )
            {
            // InternalItup.g:723:2: ( ( 'qualitative' ) )
            // InternalItup.g:724:3: ( 'qualitative' )
            {
             before(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 
            // InternalItup.g:725:3: ( 'qualitative' )
            // InternalItup.g:725:4: 'qualitative'
            {
            match(input,11,FOLLOW_2); 

            }

             after(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQualitativeTargetKind"


    // $ANTLR start "ruleSectorKind"
    // InternalItup.g:734:1: ruleSectorKind : ( ( rule__SectorKind__Alternatives ) ) ;
    public final void ruleSectorKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:738:1: ( ( ( rule__SectorKind__Alternatives ) ) )
            // InternalItup.g:739:2: ( ( rule__SectorKind__Alternatives ) )
            {
            // InternalItup.g:739:2: ( ( rule__SectorKind__Alternatives ) )
            // InternalItup.g:740:3: ( rule__SectorKind__Alternatives )
            {
             before(grammarAccess.getSectorKindAccess().getAlternatives()); 
            // InternalItup.g:741:3: ( rule__SectorKind__Alternatives )
            // InternalItup.g:741:4: rule__SectorKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SectorKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSectorKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSectorKind"


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:750:1: ruleIndicatorDirection : ( ( rule__IndicatorDirection__Alternatives ) ) ;
    public final void ruleIndicatorDirection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:754:1: ( ( ( rule__IndicatorDirection__Alternatives ) ) )
            // InternalItup.g:755:2: ( ( rule__IndicatorDirection__Alternatives ) )
            {
            // InternalItup.g:755:2: ( ( rule__IndicatorDirection__Alternatives ) )
            // InternalItup.g:756:3: ( rule__IndicatorDirection__Alternatives )
            {
             before(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 
            // InternalItup.g:757:3: ( rule__IndicatorDirection__Alternatives )
            // InternalItup.g:757:4: rule__IndicatorDirection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__IndicatorDirection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIndicatorDirection"


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:766:1: ruleRiskTreatment : ( ( rule__RiskTreatment__Alternatives ) ) ;
    public final void ruleRiskTreatment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:770:1: ( ( ( rule__RiskTreatment__Alternatives ) ) )
            // InternalItup.g:771:2: ( ( rule__RiskTreatment__Alternatives ) )
            {
            // InternalItup.g:771:2: ( ( rule__RiskTreatment__Alternatives ) )
            // InternalItup.g:772:3: ( rule__RiskTreatment__Alternatives )
            {
             before(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 
            // InternalItup.g:773:3: ( rule__RiskTreatment__Alternatives )
            // InternalItup.g:773:4: rule__RiskTreatment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RiskTreatment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRiskTreatment"


    // $ANTLR start "ruleSwotKind"
    // InternalItup.g:782:1: ruleSwotKind : ( ( rule__SwotKind__Alternatives ) ) ;
    public final void ruleSwotKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:786:1: ( ( ( rule__SwotKind__Alternatives ) ) )
            // InternalItup.g:787:2: ( ( rule__SwotKind__Alternatives ) )
            {
            // InternalItup.g:787:2: ( ( rule__SwotKind__Alternatives ) )
            // InternalItup.g:788:3: ( rule__SwotKind__Alternatives )
            {
             before(grammarAccess.getSwotKindAccess().getAlternatives()); 
            // InternalItup.g:789:3: ( rule__SwotKind__Alternatives )
            // InternalItup.g:789:4: rule__SwotKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SwotKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSwotKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotKind"


    // $ANTLR start "rule__Plan__Alternatives_9"
    // InternalItup.g:797:1: rule__Plan__Alternatives_9 : ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) );
    public final void rule__Plan__Alternatives_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:801:1: ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) )
            int alt1=9;
            switch ( input.LA(1) ) {
            case 48:
                {
                alt1=1;
                }
                break;
            case 12:
                {
                alt1=2;
                }
                break;
            case 19:
            case 20:
            case 21:
                {
                alt1=3;
                }
                break;
            case 70:
                {
                alt1=4;
                }
                break;
            case 40:
                {
                alt1=5;
                }
                break;
            case 43:
                {
                alt1=6;
                }
                break;
            case 45:
                {
                alt1=7;
                }
                break;
            case 73:
                {
                alt1=8;
                }
                break;
            case 74:
                {
                alt1=9;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }

            switch (alt1) {
                case 1 :
                    // InternalItup.g:802:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    {
                    // InternalItup.g:802:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    // InternalItup.g:803:3: ( rule__Plan__ValuesAssignment_9_0 )
                    {
                     before(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 
                    // InternalItup.g:804:3: ( rule__Plan__ValuesAssignment_9_0 )
                    // InternalItup.g:804:4: rule__Plan__ValuesAssignment_9_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__ValuesAssignment_9_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:808:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    {
                    // InternalItup.g:808:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    // InternalItup.g:809:3: ( rule__Plan__GoalsAssignment_9_1 )
                    {
                     before(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 
                    // InternalItup.g:810:3: ( rule__Plan__GoalsAssignment_9_1 )
                    // InternalItup.g:810:4: rule__Plan__GoalsAssignment_9_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GoalsAssignment_9_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:814:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    {
                    // InternalItup.g:814:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    // InternalItup.g:815:3: ( rule__Plan__SectorsAssignment_9_2 )
                    {
                     before(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 
                    // InternalItup.g:816:3: ( rule__Plan__SectorsAssignment_9_2 )
                    // InternalItup.g:816:4: rule__Plan__SectorsAssignment_9_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__SectorsAssignment_9_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:820:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    {
                    // InternalItup.g:820:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    // InternalItup.g:821:3: ( rule__Plan__RisksAssignment_9_3 )
                    {
                     before(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 
                    // InternalItup.g:822:3: ( rule__Plan__RisksAssignment_9_3 )
                    // InternalItup.g:822:4: rule__Plan__RisksAssignment_9_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__RisksAssignment_9_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:826:2: ( ( rule__Plan__Group_9_4__0 ) )
                    {
                    // InternalItup.g:826:2: ( ( rule__Plan__Group_9_4__0 ) )
                    // InternalItup.g:827:3: ( rule__Plan__Group_9_4__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_4()); 
                    // InternalItup.g:828:3: ( rule__Plan__Group_9_4__0 )
                    // InternalItup.g:828:4: rule__Plan__Group_9_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalItup.g:832:2: ( ( rule__Plan__Group_9_5__0 ) )
                    {
                    // InternalItup.g:832:2: ( ( rule__Plan__Group_9_5__0 ) )
                    // InternalItup.g:833:3: ( rule__Plan__Group_9_5__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_5()); 
                    // InternalItup.g:834:3: ( rule__Plan__Group_9_5__0 )
                    // InternalItup.g:834:4: rule__Plan__Group_9_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_5__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalItup.g:838:2: ( ( rule__Plan__Group_9_6__0 ) )
                    {
                    // InternalItup.g:838:2: ( ( rule__Plan__Group_9_6__0 ) )
                    // InternalItup.g:839:3: ( rule__Plan__Group_9_6__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_6()); 
                    // InternalItup.g:840:3: ( rule__Plan__Group_9_6__0 )
                    // InternalItup.g:840:4: rule__Plan__Group_9_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_6__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalItup.g:844:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    {
                    // InternalItup.g:844:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    // InternalItup.g:845:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    {
                     before(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 
                    // InternalItup.g:846:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    // InternalItup.g:846:4: rule__Plan__CriteriaAssignment_9_7
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__CriteriaAssignment_9_7();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalItup.g:850:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    {
                    // InternalItup.g:850:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    // InternalItup.g:851:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    {
                     before(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 
                    // InternalItup.g:852:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    // InternalItup.g:852:4: rule__Plan__GlossaryAssignment_9_8
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GlossaryAssignment_9_8();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Alternatives_9"


    // $ANTLR start "rule__Goal__Alternatives_6"
    // InternalItup.g:860:1: rule__Goal__Alternatives_6 : ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) );
    public final void rule__Goal__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:864:1: ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) )
            int alt2=3;
            switch ( input.LA(1) ) {
            case 51:
                {
                alt2=1;
                }
                break;
            case 45:
                {
                alt2=2;
                }
                break;
            case 43:
                {
                alt2=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }

            switch (alt2) {
                case 1 :
                    // InternalItup.g:865:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    {
                    // InternalItup.g:865:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    // InternalItup.g:866:3: ( rule__Goal__TargetsAssignment_6_0 )
                    {
                     before(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 
                    // InternalItup.g:867:3: ( rule__Goal__TargetsAssignment_6_0 )
                    // InternalItup.g:867:4: rule__Goal__TargetsAssignment_6_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TargetsAssignment_6_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:871:2: ( ( rule__Goal__Group_6_1__0 ) )
                    {
                    // InternalItup.g:871:2: ( ( rule__Goal__Group_6_1__0 ) )
                    // InternalItup.g:872:3: ( rule__Goal__Group_6_1__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_1()); 
                    // InternalItup.g:873:3: ( rule__Goal__Group_6_1__0 )
                    // InternalItup.g:873:4: rule__Goal__Group_6_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:877:2: ( ( rule__Goal__Group_6_2__0 ) )
                    {
                    // InternalItup.g:877:2: ( ( rule__Goal__Group_6_2__0 ) )
                    // InternalItup.g:878:3: ( rule__Goal__Group_6_2__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_2()); 
                    // InternalItup.g:879:3: ( rule__Goal__Group_6_2__0 )
                    // InternalItup.g:879:4: rule__Goal__Group_6_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Alternatives_6"


    // $ANTLR start "rule__Target__Alternatives_3_1_1"
    // InternalItup.g:887:1: rule__Target__Alternatives_3_1_1 : ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) );
    public final void rule__Target__Alternatives_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:891:1: ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) )
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( ((LA3_0>=16 && LA3_0<=18)) ) {
                alt3=1;
            }
            else if ( (LA3_0==11) ) {
                alt3=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }
            switch (alt3) {
                case 1 :
                    // InternalItup.g:892:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    {
                    // InternalItup.g:892:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    // InternalItup.g:893:3: ( rule__Target__Group_3_1_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 
                    // InternalItup.g:894:3: ( rule__Target__Group_3_1_1_0__0 )
                    // InternalItup.g:894:4: rule__Target__Group_3_1_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:898:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    {
                    // InternalItup.g:898:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    // InternalItup.g:899:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 
                    // InternalItup.g:900:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    // InternalItup.g:900:4: rule__Target__KindAssignment_3_1_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__KindAssignment_3_1_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Alternatives_3_1_1"


    // $ANTLR start "rule__Baseline__Alternatives_2"
    // InternalItup.g:908:1: rule__Baseline__Alternatives_2 : ( ( ( rule__Baseline__MeasuredAssignment_2_0 ) ) | ( ( rule__Baseline__Group_2_1__0 ) ) );
    public final void rule__Baseline__Alternatives_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:912:1: ( ( ( rule__Baseline__MeasuredAssignment_2_0 ) ) | ( ( rule__Baseline__Group_2_1__0 ) ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==76) ) {
                alt4=1;
            }
            else if ( (LA4_0==48) ) {
                alt4=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }
            switch (alt4) {
                case 1 :
                    // InternalItup.g:913:2: ( ( rule__Baseline__MeasuredAssignment_2_0 ) )
                    {
                    // InternalItup.g:913:2: ( ( rule__Baseline__MeasuredAssignment_2_0 ) )
                    // InternalItup.g:914:3: ( rule__Baseline__MeasuredAssignment_2_0 )
                    {
                     before(grammarAccess.getBaselineAccess().getMeasuredAssignment_2_0()); 
                    // InternalItup.g:915:3: ( rule__Baseline__MeasuredAssignment_2_0 )
                    // InternalItup.g:915:4: rule__Baseline__MeasuredAssignment_2_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__MeasuredAssignment_2_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBaselineAccess().getMeasuredAssignment_2_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:919:2: ( ( rule__Baseline__Group_2_1__0 ) )
                    {
                    // InternalItup.g:919:2: ( ( rule__Baseline__Group_2_1__0 ) )
                    // InternalItup.g:920:3: ( rule__Baseline__Group_2_1__0 )
                    {
                     before(grammarAccess.getBaselineAccess().getGroup_2_1()); 
                    // InternalItup.g:921:3: ( rule__Baseline__Group_2_1__0 )
                    // InternalItup.g:921:4: rule__Baseline__Group_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Group_2_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBaselineAccess().getGroup_2_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Alternatives_2"


    // $ANTLR start "rule__Sector__Alternatives_5"
    // InternalItup.g:929:1: rule__Sector__Alternatives_5 : ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) );
    public final void rule__Sector__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:933:1: ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==57) ) {
                alt5=1;
            }
            else if ( (LA5_0==65) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalItup.g:934:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    {
                    // InternalItup.g:934:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    // InternalItup.g:935:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    {
                     before(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 
                    // InternalItup.g:936:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    // InternalItup.g:936:4: rule__Sector__ObjectivesAssignment_5_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__ObjectivesAssignment_5_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:940:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    {
                    // InternalItup.g:940:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    // InternalItup.g:941:3: ( rule__Sector__EnablersAssignment_5_1 )
                    {
                     before(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 
                    // InternalItup.g:942:3: ( rule__Sector__EnablersAssignment_5_1 )
                    // InternalItup.g:942:4: rule__Sector__EnablersAssignment_5_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__EnablersAssignment_5_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5"
    // InternalItup.g:950:1: rule__Objective__Alternatives_5 : ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) );
    public final void rule__Objective__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:954:1: ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) )
            int alt6=5;
            switch ( input.LA(1) ) {
            case 58:
                {
                alt6=1;
                }
                break;
            case 59:
                {
                alt6=2;
                }
                break;
            case 43:
                {
                alt6=3;
                }
                break;
            case 60:
                {
                alt6=4;
                }
                break;
            case 61:
                {
                alt6=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }

            switch (alt6) {
                case 1 :
                    // InternalItup.g:955:2: ( ( rule__Objective__Group_5_0__0 ) )
                    {
                    // InternalItup.g:955:2: ( ( rule__Objective__Group_5_0__0 ) )
                    // InternalItup.g:956:3: ( rule__Objective__Group_5_0__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_0()); 
                    // InternalItup.g:957:3: ( rule__Objective__Group_5_0__0 )
                    // InternalItup.g:957:4: rule__Objective__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:961:2: ( ( rule__Objective__Group_5_1__0 ) )
                    {
                    // InternalItup.g:961:2: ( ( rule__Objective__Group_5_1__0 ) )
                    // InternalItup.g:962:3: ( rule__Objective__Group_5_1__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_1()); 
                    // InternalItup.g:963:3: ( rule__Objective__Group_5_1__0 )
                    // InternalItup.g:963:4: rule__Objective__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:967:2: ( ( rule__Objective__Group_5_2__0 ) )
                    {
                    // InternalItup.g:967:2: ( ( rule__Objective__Group_5_2__0 ) )
                    // InternalItup.g:968:3: ( rule__Objective__Group_5_2__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_2()); 
                    // InternalItup.g:969:3: ( rule__Objective__Group_5_2__0 )
                    // InternalItup.g:969:4: rule__Objective__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:973:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    {
                    // InternalItup.g:973:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    // InternalItup.g:974:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 
                    // InternalItup.g:975:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    // InternalItup.g:975:4: rule__Objective__OutcomesAssignment_5_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutcomesAssignment_5_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:979:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    {
                    // InternalItup.g:979:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    // InternalItup.g:980:3: ( rule__Objective__OutputsAssignment_5_4 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 
                    // InternalItup.g:981:3: ( rule__Objective__OutputsAssignment_5_4 )
                    // InternalItup.g:981:4: rule__Objective__OutputsAssignment_5_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutputsAssignment_5_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5_0_1"
    // InternalItup.g:989:1: rule__Objective__Alternatives_5_0_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:993:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==12) ) {
                alt7=1;
            }
            else if ( (LA7_0==13) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalItup.g:994:2: ( 'goal' )
                    {
                    // InternalItup.g:994:2: ( 'goal' )
                    // InternalItup.g:995:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1000:2: ( 'goals' )
                    {
                    // InternalItup.g:1000:2: ( 'goals' )
                    // InternalItup.g:1001:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_0_1"


    // $ANTLR start "rule__Objective__Alternatives_5_1_1"
    // InternalItup.g:1010:1: rule__Objective__Alternatives_5_1_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1014:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==12) ) {
                alt8=1;
            }
            else if ( (LA8_0==13) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:1015:2: ( 'goal' )
                    {
                    // InternalItup.g:1015:2: ( 'goal' )
                    // InternalItup.g:1016:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1021:2: ( 'goals' )
                    {
                    // InternalItup.g:1021:2: ( 'goals' )
                    // InternalItup.g:1022:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_1_1"


    // $ANTLR start "rule__Enabler__Alternatives_4_1"
    // InternalItup.g:1031:1: rule__Enabler__Alternatives_4_1 : ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) );
    public final void rule__Enabler__Alternatives_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1035:1: ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==77) ) {
                alt9=1;
            }
            else if ( ((LA9_0>=RULE_INT && LA9_0<=RULE_ID)) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalItup.g:1036:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    {
                    // InternalItup.g:1036:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    // InternalItup.g:1037:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    {
                     before(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 
                    // InternalItup.g:1038:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    // InternalItup.g:1038:4: rule__Enabler__SupportsAllAssignment_4_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__SupportsAllAssignment_4_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1042:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    {
                    // InternalItup.g:1042:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    // InternalItup.g:1043:3: ( rule__Enabler__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 
                    // InternalItup.g:1044:3: ( rule__Enabler__Group_4_1_1__0 )
                    // InternalItup.g:1044:4: rule__Enabler__Group_4_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_4_1"


    // $ANTLR start "rule__Enabler__Alternatives_5"
    // InternalItup.g:1052:1: rule__Enabler__Alternatives_5 : ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) );
    public final void rule__Enabler__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1056:1: ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) )
            int alt10=3;
            switch ( input.LA(1) ) {
            case 67:
                {
                alt10=1;
                }
                break;
            case 68:
                {
                alt10=2;
                }
                break;
            case 69:
                {
                alt10=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }

            switch (alt10) {
                case 1 :
                    // InternalItup.g:1057:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    {
                    // InternalItup.g:1057:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    // InternalItup.g:1058:3: ( rule__Enabler__Group_5_0__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_0()); 
                    // InternalItup.g:1059:3: ( rule__Enabler__Group_5_0__0 )
                    // InternalItup.g:1059:4: rule__Enabler__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1063:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    {
                    // InternalItup.g:1063:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    // InternalItup.g:1064:3: ( rule__Enabler__Group_5_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_1()); 
                    // InternalItup.g:1065:3: ( rule__Enabler__Group_5_1__0 )
                    // InternalItup.g:1065:4: rule__Enabler__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1069:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    {
                    // InternalItup.g:1069:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    // InternalItup.g:1070:3: ( rule__Enabler__Group_5_2__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_2()); 
                    // InternalItup.g:1071:3: ( rule__Enabler__Group_5_2__0 )
                    // InternalItup.g:1071:4: rule__Enabler__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_5"


    // $ANTLR start "rule__Translation__Alternatives_1"
    // InternalItup.g:1079:1: rule__Translation__Alternatives_1 : ( ( ( rule__Translation__TextAssignment_1_0 ) ) | ( ( rule__Translation__UnavailableAssignment_1_1 ) ) );
    public final void rule__Translation__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1083:1: ( ( ( rule__Translation__TextAssignment_1_0 ) ) | ( ( rule__Translation__UnavailableAssignment_1_1 ) ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==RULE_STRING) ) {
                alt11=1;
            }
            else if ( (LA11_0==78) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalItup.g:1084:2: ( ( rule__Translation__TextAssignment_1_0 ) )
                    {
                    // InternalItup.g:1084:2: ( ( rule__Translation__TextAssignment_1_0 ) )
                    // InternalItup.g:1085:3: ( rule__Translation__TextAssignment_1_0 )
                    {
                     before(grammarAccess.getTranslationAccess().getTextAssignment_1_0()); 
                    // InternalItup.g:1086:3: ( rule__Translation__TextAssignment_1_0 )
                    // InternalItup.g:1086:4: rule__Translation__TextAssignment_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Translation__TextAssignment_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTranslationAccess().getTextAssignment_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1090:2: ( ( rule__Translation__UnavailableAssignment_1_1 ) )
                    {
                    // InternalItup.g:1090:2: ( ( rule__Translation__UnavailableAssignment_1_1 ) )
                    // InternalItup.g:1091:3: ( rule__Translation__UnavailableAssignment_1_1 )
                    {
                     before(grammarAccess.getTranslationAccess().getUnavailableAssignment_1_1()); 
                    // InternalItup.g:1092:3: ( rule__Translation__UnavailableAssignment_1_1 )
                    // InternalItup.g:1092:4: rule__Translation__UnavailableAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Translation__UnavailableAssignment_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTranslationAccess().getUnavailableAssignment_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Alternatives_1"


    // $ANTLR start "rule__Code__Alternatives_1_0"
    // InternalItup.g:1100:1: rule__Code__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__Code__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1104:1: ( ( '.' ) | ( '-' ) )
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==14) ) {
                alt12=1;
            }
            else if ( (LA12_0==15) ) {
                alt12=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }
            switch (alt12) {
                case 1 :
                    // InternalItup.g:1105:2: ( '.' )
                    {
                    // InternalItup.g:1105:2: ( '.' )
                    // InternalItup.g:1106:3: '.'
                    {
                     before(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1111:2: ( '-' )
                    {
                    // InternalItup.g:1111:2: ( '-' )
                    // InternalItup.g:1112:3: '-'
                    {
                     before(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Alternatives_1_0"


    // $ANTLR start "rule__CodeSegment__Alternatives"
    // InternalItup.g:1121:1: rule__CodeSegment__Alternatives : ( ( RULE_ID ) | ( RULE_INT ) );
    public final void rule__CodeSegment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1125:1: ( ( RULE_ID ) | ( RULE_INT ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_ID) ) {
                alt13=1;
            }
            else if ( (LA13_0==RULE_INT) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalItup.g:1126:2: ( RULE_ID )
                    {
                    // InternalItup.g:1126:2: ( RULE_ID )
                    // InternalItup.g:1127:3: RULE_ID
                    {
                     before(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1132:2: ( RULE_INT )
                    {
                    // InternalItup.g:1132:2: ( RULE_INT )
                    // InternalItup.g:1133:3: RULE_INT
                    {
                     before(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CodeSegment__Alternatives"


    // $ANTLR start "rule__PlanName__Alternatives_1_0"
    // InternalItup.g:1142:1: rule__PlanName__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__PlanName__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1146:1: ( ( '.' ) | ( '-' ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==14) ) {
                alt14=1;
            }
            else if ( (LA14_0==15) ) {
                alt14=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:1147:2: ( '.' )
                    {
                    // InternalItup.g:1147:2: ( '.' )
                    // InternalItup.g:1148:3: '.'
                    {
                     before(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1153:2: ( '-' )
                    {
                    // InternalItup.g:1153:2: ( '-' )
                    // InternalItup.g:1154:3: '-'
                    {
                     before(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Alternatives_1_0"


    // $ANTLR start "rule__MeasuredTargetKind__Alternatives"
    // InternalItup.g:1163:1: rule__MeasuredTargetKind__Alternatives : ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) );
    public final void rule__MeasuredTargetKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1167:1: ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) )
            int alt15=3;
            switch ( input.LA(1) ) {
            case 16:
                {
                alt15=1;
                }
                break;
            case 17:
                {
                alt15=2;
                }
                break;
            case 18:
                {
                alt15=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }

            switch (alt15) {
                case 1 :
                    // InternalItup.g:1168:2: ( ( 'level' ) )
                    {
                    // InternalItup.g:1168:2: ( ( 'level' ) )
                    // InternalItup.g:1169:3: ( 'level' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1170:3: ( 'level' )
                    // InternalItup.g:1170:4: 'level'
                    {
                    match(input,16,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1174:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1174:2: ( ( 'increase' ) )
                    // InternalItup.g:1175:3: ( 'increase' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1176:3: ( 'increase' )
                    // InternalItup.g:1176:4: 'increase'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1180:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1180:2: ( ( 'decrease' ) )
                    // InternalItup.g:1181:3: ( 'decrease' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1182:3: ( 'decrease' )
                    // InternalItup.g:1182:4: 'decrease'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MeasuredTargetKind__Alternatives"


    // $ANTLR start "rule__SectorKind__Alternatives"
    // InternalItup.g:1190:1: rule__SectorKind__Alternatives : ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) );
    public final void rule__SectorKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1194:1: ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) )
            int alt16=3;
            switch ( input.LA(1) ) {
            case 19:
                {
                alt16=1;
                }
                break;
            case 20:
                {
                alt16=2;
                }
                break;
            case 21:
                {
                alt16=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }

            switch (alt16) {
                case 1 :
                    // InternalItup.g:1195:2: ( ( 'sector' ) )
                    {
                    // InternalItup.g:1195:2: ( ( 'sector' ) )
                    // InternalItup.g:1196:3: ( 'sector' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 
                    // InternalItup.g:1197:3: ( 'sector' )
                    // InternalItup.g:1197:4: 'sector'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1201:2: ( ( 'inter-sectoral' ) )
                    {
                    // InternalItup.g:1201:2: ( ( 'inter-sectoral' ) )
                    // InternalItup.g:1202:3: ( 'inter-sectoral' )
                    {
                     before(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1203:3: ( 'inter-sectoral' )
                    // InternalItup.g:1203:4: 'inter-sectoral'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1207:2: ( ( 'secretariat' ) )
                    {
                    // InternalItup.g:1207:2: ( ( 'secretariat' ) )
                    // InternalItup.g:1208:3: ( 'secretariat' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1209:3: ( 'secretariat' )
                    // InternalItup.g:1209:4: 'secretariat'
                    {
                    match(input,21,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SectorKind__Alternatives"


    // $ANTLR start "rule__IndicatorDirection__Alternatives"
    // InternalItup.g:1217:1: rule__IndicatorDirection__Alternatives : ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) );
    public final void rule__IndicatorDirection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1221:1: ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) )
            int alt17=3;
            switch ( input.LA(1) ) {
            case 17:
                {
                alt17=1;
                }
                break;
            case 18:
                {
                alt17=2;
                }
                break;
            case 22:
                {
                alt17=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }

            switch (alt17) {
                case 1 :
                    // InternalItup.g:1222:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1222:2: ( ( 'increase' ) )
                    // InternalItup.g:1223:3: ( 'increase' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1224:3: ( 'increase' )
                    // InternalItup.g:1224:4: 'increase'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1228:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1228:2: ( ( 'decrease' ) )
                    // InternalItup.g:1229:3: ( 'decrease' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1230:3: ( 'decrease' )
                    // InternalItup.g:1230:4: 'decrease'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1234:2: ( ( 'maintain' ) )
                    {
                    // InternalItup.g:1234:2: ( ( 'maintain' ) )
                    // InternalItup.g:1235:3: ( 'maintain' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1236:3: ( 'maintain' )
                    // InternalItup.g:1236:4: 'maintain'
                    {
                    match(input,22,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IndicatorDirection__Alternatives"


    // $ANTLR start "rule__RiskTreatment__Alternatives"
    // InternalItup.g:1244:1: rule__RiskTreatment__Alternatives : ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) );
    public final void rule__RiskTreatment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1248:1: ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) )
            int alt18=4;
            switch ( input.LA(1) ) {
            case 23:
                {
                alt18=1;
                }
                break;
            case 24:
                {
                alt18=2;
                }
                break;
            case 25:
                {
                alt18=3;
                }
                break;
            case 26:
                {
                alt18=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }

            switch (alt18) {
                case 1 :
                    // InternalItup.g:1249:2: ( ( 'avoidance' ) )
                    {
                    // InternalItup.g:1249:2: ( ( 'avoidance' ) )
                    // InternalItup.g:1250:3: ( 'avoidance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1251:3: ( 'avoidance' )
                    // InternalItup.g:1251:4: 'avoidance'
                    {
                    match(input,23,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1255:2: ( ( 'limitation' ) )
                    {
                    // InternalItup.g:1255:2: ( ( 'limitation' ) )
                    // InternalItup.g:1256:3: ( 'limitation' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1257:3: ( 'limitation' )
                    // InternalItup.g:1257:4: 'limitation'
                    {
                    match(input,24,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1261:2: ( ( 'transfer' ) )
                    {
                    // InternalItup.g:1261:2: ( ( 'transfer' ) )
                    // InternalItup.g:1262:3: ( 'transfer' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 
                    // InternalItup.g:1263:3: ( 'transfer' )
                    // InternalItup.g:1263:4: 'transfer'
                    {
                    match(input,25,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1267:2: ( ( 'acceptance' ) )
                    {
                    // InternalItup.g:1267:2: ( ( 'acceptance' ) )
                    // InternalItup.g:1268:3: ( 'acceptance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1269:3: ( 'acceptance' )
                    // InternalItup.g:1269:4: 'acceptance'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RiskTreatment__Alternatives"


    // $ANTLR start "rule__SwotKind__Alternatives"
    // InternalItup.g:1277:1: rule__SwotKind__Alternatives : ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) );
    public final void rule__SwotKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1281:1: ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) )
            int alt19=4;
            switch ( input.LA(1) ) {
            case 27:
                {
                alt19=1;
                }
                break;
            case 28:
                {
                alt19=2;
                }
                break;
            case 29:
                {
                alt19=3;
                }
                break;
            case 30:
                {
                alt19=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }

            switch (alt19) {
                case 1 :
                    // InternalItup.g:1282:2: ( ( 'strength' ) )
                    {
                    // InternalItup.g:1282:2: ( ( 'strength' ) )
                    // InternalItup.g:1283:3: ( 'strength' )
                    {
                     before(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1284:3: ( 'strength' )
                    // InternalItup.g:1284:4: 'strength'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1288:2: ( ( 'weakness' ) )
                    {
                    // InternalItup.g:1288:2: ( ( 'weakness' ) )
                    // InternalItup.g:1289:3: ( 'weakness' )
                    {
                     before(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1290:3: ( 'weakness' )
                    // InternalItup.g:1290:4: 'weakness'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1294:2: ( ( 'opportunity' ) )
                    {
                    // InternalItup.g:1294:2: ( ( 'opportunity' ) )
                    // InternalItup.g:1295:3: ( 'opportunity' )
                    {
                     before(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1296:3: ( 'opportunity' )
                    // InternalItup.g:1296:4: 'opportunity'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1300:2: ( ( 'threat' ) )
                    {
                    // InternalItup.g:1300:2: ( ( 'threat' ) )
                    // InternalItup.g:1301:3: ( 'threat' )
                    {
                     before(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1302:3: ( 'threat' )
                    // InternalItup.g:1302:4: 'threat'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotKind__Alternatives"


    // $ANTLR start "rule__Plan__Group__0"
    // InternalItup.g:1310:1: rule__Plan__Group__0 : rule__Plan__Group__0__Impl rule__Plan__Group__1 ;
    public final void rule__Plan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1314:1: ( rule__Plan__Group__0__Impl rule__Plan__Group__1 )
            // InternalItup.g:1315:2: rule__Plan__Group__0__Impl rule__Plan__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Plan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0"


    // $ANTLR start "rule__Plan__Group__0__Impl"
    // InternalItup.g:1322:1: rule__Plan__Group__0__Impl : ( 'plan' ) ;
    public final void rule__Plan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1326:1: ( ( 'plan' ) )
            // InternalItup.g:1327:1: ( 'plan' )
            {
            // InternalItup.g:1327:1: ( 'plan' )
            // InternalItup.g:1328:2: 'plan'
            {
             before(grammarAccess.getPlanAccess().getPlanKeyword_0()); 
            match(input,31,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPlanKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0__Impl"


    // $ANTLR start "rule__Plan__Group__1"
    // InternalItup.g:1337:1: rule__Plan__Group__1 : rule__Plan__Group__1__Impl rule__Plan__Group__2 ;
    public final void rule__Plan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1341:1: ( rule__Plan__Group__1__Impl rule__Plan__Group__2 )
            // InternalItup.g:1342:2: rule__Plan__Group__1__Impl rule__Plan__Group__2
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1"


    // $ANTLR start "rule__Plan__Group__1__Impl"
    // InternalItup.g:1349:1: rule__Plan__Group__1__Impl : ( ( rule__Plan__NameAssignment_1 ) ) ;
    public final void rule__Plan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1353:1: ( ( ( rule__Plan__NameAssignment_1 ) ) )
            // InternalItup.g:1354:1: ( ( rule__Plan__NameAssignment_1 ) )
            {
            // InternalItup.g:1354:1: ( ( rule__Plan__NameAssignment_1 ) )
            // InternalItup.g:1355:2: ( rule__Plan__NameAssignment_1 )
            {
             before(grammarAccess.getPlanAccess().getNameAssignment_1()); 
            // InternalItup.g:1356:2: ( rule__Plan__NameAssignment_1 )
            // InternalItup.g:1356:3: rule__Plan__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1__Impl"


    // $ANTLR start "rule__Plan__Group__2"
    // InternalItup.g:1364:1: rule__Plan__Group__2 : rule__Plan__Group__2__Impl rule__Plan__Group__3 ;
    public final void rule__Plan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1368:1: ( rule__Plan__Group__2__Impl rule__Plan__Group__3 )
            // InternalItup.g:1369:2: rule__Plan__Group__2__Impl rule__Plan__Group__3
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2"


    // $ANTLR start "rule__Plan__Group__2__Impl"
    // InternalItup.g:1376:1: rule__Plan__Group__2__Impl : ( ( rule__Plan__TitleAssignment_2 )? ) ;
    public final void rule__Plan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1380:1: ( ( ( rule__Plan__TitleAssignment_2 )? ) )
            // InternalItup.g:1381:1: ( ( rule__Plan__TitleAssignment_2 )? )
            {
            // InternalItup.g:1381:1: ( ( rule__Plan__TitleAssignment_2 )? )
            // InternalItup.g:1382:2: ( rule__Plan__TitleAssignment_2 )?
            {
             before(grammarAccess.getPlanAccess().getTitleAssignment_2()); 
            // InternalItup.g:1383:2: ( rule__Plan__TitleAssignment_2 )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==RULE_STRING) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalItup.g:1383:3: rule__Plan__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2__Impl"


    // $ANTLR start "rule__Plan__Group__3"
    // InternalItup.g:1391:1: rule__Plan__Group__3 : rule__Plan__Group__3__Impl rule__Plan__Group__4 ;
    public final void rule__Plan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1395:1: ( rule__Plan__Group__3__Impl rule__Plan__Group__4 )
            // InternalItup.g:1396:2: rule__Plan__Group__3__Impl rule__Plan__Group__4
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3"


    // $ANTLR start "rule__Plan__Group__3__Impl"
    // InternalItup.g:1403:1: rule__Plan__Group__3__Impl : ( ( rule__Plan__Group_3__0 )? ) ;
    public final void rule__Plan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1407:1: ( ( ( rule__Plan__Group_3__0 )? ) )
            // InternalItup.g:1408:1: ( ( rule__Plan__Group_3__0 )? )
            {
            // InternalItup.g:1408:1: ( ( rule__Plan__Group_3__0 )? )
            // InternalItup.g:1409:2: ( rule__Plan__Group_3__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_3()); 
            // InternalItup.g:1410:2: ( rule__Plan__Group_3__0 )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==32) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalItup.g:1410:3: rule__Plan__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3__Impl"


    // $ANTLR start "rule__Plan__Group__4"
    // InternalItup.g:1418:1: rule__Plan__Group__4 : rule__Plan__Group__4__Impl rule__Plan__Group__5 ;
    public final void rule__Plan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1422:1: ( rule__Plan__Group__4__Impl rule__Plan__Group__5 )
            // InternalItup.g:1423:2: rule__Plan__Group__4__Impl rule__Plan__Group__5
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4"


    // $ANTLR start "rule__Plan__Group__4__Impl"
    // InternalItup.g:1430:1: rule__Plan__Group__4__Impl : ( ( rule__Plan__Group_4__0 )? ) ;
    public final void rule__Plan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1434:1: ( ( ( rule__Plan__Group_4__0 )? ) )
            // InternalItup.g:1435:1: ( ( rule__Plan__Group_4__0 )? )
            {
            // InternalItup.g:1435:1: ( ( rule__Plan__Group_4__0 )? )
            // InternalItup.g:1436:2: ( rule__Plan__Group_4__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_4()); 
            // InternalItup.g:1437:2: ( rule__Plan__Group_4__0 )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==34) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalItup.g:1437:3: rule__Plan__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4__Impl"


    // $ANTLR start "rule__Plan__Group__5"
    // InternalItup.g:1445:1: rule__Plan__Group__5 : rule__Plan__Group__5__Impl rule__Plan__Group__6 ;
    public final void rule__Plan__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1449:1: ( rule__Plan__Group__5__Impl rule__Plan__Group__6 )
            // InternalItup.g:1450:2: rule__Plan__Group__5__Impl rule__Plan__Group__6
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5"


    // $ANTLR start "rule__Plan__Group__5__Impl"
    // InternalItup.g:1457:1: rule__Plan__Group__5__Impl : ( ( rule__Plan__ImportsAssignment_5 )* ) ;
    public final void rule__Plan__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1461:1: ( ( ( rule__Plan__ImportsAssignment_5 )* ) )
            // InternalItup.g:1462:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            {
            // InternalItup.g:1462:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            // InternalItup.g:1463:2: ( rule__Plan__ImportsAssignment_5 )*
            {
             before(grammarAccess.getPlanAccess().getImportsAssignment_5()); 
            // InternalItup.g:1464:2: ( rule__Plan__ImportsAssignment_5 )*
            loop23:
            do {
                int alt23=2;
                int LA23_0 = input.LA(1);

                if ( (LA23_0==47) ) {
                    alt23=1;
                }


                switch (alt23) {
            	case 1 :
            	    // InternalItup.g:1464:3: rule__Plan__ImportsAssignment_5
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__Plan__ImportsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop23;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getImportsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5__Impl"


    // $ANTLR start "rule__Plan__Group__6"
    // InternalItup.g:1472:1: rule__Plan__Group__6 : rule__Plan__Group__6__Impl rule__Plan__Group__7 ;
    public final void rule__Plan__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1476:1: ( rule__Plan__Group__6__Impl rule__Plan__Group__7 )
            // InternalItup.g:1477:2: rule__Plan__Group__6__Impl rule__Plan__Group__7
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6"


    // $ANTLR start "rule__Plan__Group__6__Impl"
    // InternalItup.g:1484:1: rule__Plan__Group__6__Impl : ( ( rule__Plan__Group_6__0 )? ) ;
    public final void rule__Plan__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1488:1: ( ( ( rule__Plan__Group_6__0 )? ) )
            // InternalItup.g:1489:1: ( ( rule__Plan__Group_6__0 )? )
            {
            // InternalItup.g:1489:1: ( ( rule__Plan__Group_6__0 )? )
            // InternalItup.g:1490:2: ( rule__Plan__Group_6__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_6()); 
            // InternalItup.g:1491:2: ( rule__Plan__Group_6__0 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==36) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalItup.g:1491:3: rule__Plan__Group_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_6__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6__Impl"


    // $ANTLR start "rule__Plan__Group__7"
    // InternalItup.g:1499:1: rule__Plan__Group__7 : rule__Plan__Group__7__Impl rule__Plan__Group__8 ;
    public final void rule__Plan__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1503:1: ( rule__Plan__Group__7__Impl rule__Plan__Group__8 )
            // InternalItup.g:1504:2: rule__Plan__Group__7__Impl rule__Plan__Group__8
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7"


    // $ANTLR start "rule__Plan__Group__7__Impl"
    // InternalItup.g:1511:1: rule__Plan__Group__7__Impl : ( ( rule__Plan__Group_7__0 )? ) ;
    public final void rule__Plan__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1515:1: ( ( ( rule__Plan__Group_7__0 )? ) )
            // InternalItup.g:1516:1: ( ( rule__Plan__Group_7__0 )? )
            {
            // InternalItup.g:1516:1: ( ( rule__Plan__Group_7__0 )? )
            // InternalItup.g:1517:2: ( rule__Plan__Group_7__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_7()); 
            // InternalItup.g:1518:2: ( rule__Plan__Group_7__0 )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==37) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalItup.g:1518:3: rule__Plan__Group_7__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_7__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7__Impl"


    // $ANTLR start "rule__Plan__Group__8"
    // InternalItup.g:1526:1: rule__Plan__Group__8 : rule__Plan__Group__8__Impl rule__Plan__Group__9 ;
    public final void rule__Plan__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1530:1: ( rule__Plan__Group__8__Impl rule__Plan__Group__9 )
            // InternalItup.g:1531:2: rule__Plan__Group__8__Impl rule__Plan__Group__9
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8"


    // $ANTLR start "rule__Plan__Group__8__Impl"
    // InternalItup.g:1538:1: rule__Plan__Group__8__Impl : ( ( rule__Plan__Group_8__0 )? ) ;
    public final void rule__Plan__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1542:1: ( ( ( rule__Plan__Group_8__0 )? ) )
            // InternalItup.g:1543:1: ( ( rule__Plan__Group_8__0 )? )
            {
            // InternalItup.g:1543:1: ( ( rule__Plan__Group_8__0 )? )
            // InternalItup.g:1544:2: ( rule__Plan__Group_8__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_8()); 
            // InternalItup.g:1545:2: ( rule__Plan__Group_8__0 )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==38) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalItup.g:1545:3: rule__Plan__Group_8__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_8__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8__Impl"


    // $ANTLR start "rule__Plan__Group__9"
    // InternalItup.g:1553:1: rule__Plan__Group__9 : rule__Plan__Group__9__Impl ;
    public final void rule__Plan__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1557:1: ( rule__Plan__Group__9__Impl )
            // InternalItup.g:1558:2: rule__Plan__Group__9__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__9__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9"


    // $ANTLR start "rule__Plan__Group__9__Impl"
    // InternalItup.g:1564:1: rule__Plan__Group__9__Impl : ( ( rule__Plan__Alternatives_9 )* ) ;
    public final void rule__Plan__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1568:1: ( ( ( rule__Plan__Alternatives_9 )* ) )
            // InternalItup.g:1569:1: ( ( rule__Plan__Alternatives_9 )* )
            {
            // InternalItup.g:1569:1: ( ( rule__Plan__Alternatives_9 )* )
            // InternalItup.g:1570:2: ( rule__Plan__Alternatives_9 )*
            {
             before(grammarAccess.getPlanAccess().getAlternatives_9()); 
            // InternalItup.g:1571:2: ( rule__Plan__Alternatives_9 )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( (LA27_0==12||(LA27_0>=19 && LA27_0<=21)||LA27_0==40||LA27_0==43||LA27_0==45||LA27_0==48||LA27_0==70||(LA27_0>=73 && LA27_0<=74)) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalItup.g:1571:3: rule__Plan__Alternatives_9
            	    {
            	    pushFollow(FOLLOW_6);
            	    rule__Plan__Alternatives_9();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getAlternatives_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9__Impl"


    // $ANTLR start "rule__Plan__Group_3__0"
    // InternalItup.g:1580:1: rule__Plan__Group_3__0 : rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 ;
    public final void rule__Plan__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1584:1: ( rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 )
            // InternalItup.g:1585:2: rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1
            {
            pushFollow(FOLLOW_7);
            rule__Plan__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0"


    // $ANTLR start "rule__Plan__Group_3__0__Impl"
    // InternalItup.g:1592:1: rule__Plan__Group_3__0__Impl : ( 'period' ) ;
    public final void rule__Plan__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1596:1: ( ( 'period' ) )
            // InternalItup.g:1597:1: ( 'period' )
            {
            // InternalItup.g:1597:1: ( 'period' )
            // InternalItup.g:1598:2: 'period'
            {
             before(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 
            match(input,32,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_3__1"
    // InternalItup.g:1607:1: rule__Plan__Group_3__1 : rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 ;
    public final void rule__Plan__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1611:1: ( rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 )
            // InternalItup.g:1612:2: rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2
            {
            pushFollow(FOLLOW_8);
            rule__Plan__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1"


    // $ANTLR start "rule__Plan__Group_3__1__Impl"
    // InternalItup.g:1619:1: rule__Plan__Group_3__1__Impl : ( ( rule__Plan__StartYearAssignment_3_1 ) ) ;
    public final void rule__Plan__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1623:1: ( ( ( rule__Plan__StartYearAssignment_3_1 ) ) )
            // InternalItup.g:1624:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            {
            // InternalItup.g:1624:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            // InternalItup.g:1625:2: ( rule__Plan__StartYearAssignment_3_1 )
            {
             before(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 
            // InternalItup.g:1626:2: ( rule__Plan__StartYearAssignment_3_1 )
            // InternalItup.g:1626:3: rule__Plan__StartYearAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__StartYearAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_3__2"
    // InternalItup.g:1634:1: rule__Plan__Group_3__2 : rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 ;
    public final void rule__Plan__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1638:1: ( rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 )
            // InternalItup.g:1639:2: rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3
            {
            pushFollow(FOLLOW_7);
            rule__Plan__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2"


    // $ANTLR start "rule__Plan__Group_3__2__Impl"
    // InternalItup.g:1646:1: rule__Plan__Group_3__2__Impl : ( 'to' ) ;
    public final void rule__Plan__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1650:1: ( ( 'to' ) )
            // InternalItup.g:1651:1: ( 'to' )
            {
            // InternalItup.g:1651:1: ( 'to' )
            // InternalItup.g:1652:2: 'to'
            {
             before(grammarAccess.getPlanAccess().getToKeyword_3_2()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getToKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2__Impl"


    // $ANTLR start "rule__Plan__Group_3__3"
    // InternalItup.g:1661:1: rule__Plan__Group_3__3 : rule__Plan__Group_3__3__Impl ;
    public final void rule__Plan__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1665:1: ( rule__Plan__Group_3__3__Impl )
            // InternalItup.g:1666:2: rule__Plan__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3"


    // $ANTLR start "rule__Plan__Group_3__3__Impl"
    // InternalItup.g:1672:1: rule__Plan__Group_3__3__Impl : ( ( rule__Plan__EndYearAssignment_3_3 ) ) ;
    public final void rule__Plan__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1676:1: ( ( ( rule__Plan__EndYearAssignment_3_3 ) ) )
            // InternalItup.g:1677:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            {
            // InternalItup.g:1677:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            // InternalItup.g:1678:2: ( rule__Plan__EndYearAssignment_3_3 )
            {
             before(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 
            // InternalItup.g:1679:2: ( rule__Plan__EndYearAssignment_3_3 )
            // InternalItup.g:1679:3: rule__Plan__EndYearAssignment_3_3
            {
            pushFollow(FOLLOW_2);
            rule__Plan__EndYearAssignment_3_3();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3__Impl"


    // $ANTLR start "rule__Plan__Group_4__0"
    // InternalItup.g:1688:1: rule__Plan__Group_4__0 : rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 ;
    public final void rule__Plan__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1692:1: ( rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 )
            // InternalItup.g:1693:2: rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1
            {
            pushFollow(FOLLOW_9);
            rule__Plan__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0"


    // $ANTLR start "rule__Plan__Group_4__0__Impl"
    // InternalItup.g:1700:1: rule__Plan__Group_4__0__Impl : ( 'adopted' ) ;
    public final void rule__Plan__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1704:1: ( ( 'adopted' ) )
            // InternalItup.g:1705:1: ( 'adopted' )
            {
            // InternalItup.g:1705:1: ( 'adopted' )
            // InternalItup.g:1706:2: 'adopted'
            {
             before(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 
            match(input,34,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_4__1"
    // InternalItup.g:1715:1: rule__Plan__Group_4__1 : rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 ;
    public final void rule__Plan__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1719:1: ( rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 )
            // InternalItup.g:1720:2: rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1"


    // $ANTLR start "rule__Plan__Group_4__1__Impl"
    // InternalItup.g:1727:1: rule__Plan__Group_4__1__Impl : ( 'by' ) ;
    public final void rule__Plan__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1731:1: ( ( 'by' ) )
            // InternalItup.g:1732:1: ( 'by' )
            {
            // InternalItup.g:1732:1: ( 'by' )
            // InternalItup.g:1733:2: 'by'
            {
             before(grammarAccess.getPlanAccess().getByKeyword_4_1()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getByKeyword_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_4__2"
    // InternalItup.g:1742:1: rule__Plan__Group_4__2 : rule__Plan__Group_4__2__Impl ;
    public final void rule__Plan__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1746:1: ( rule__Plan__Group_4__2__Impl )
            // InternalItup.g:1747:2: rule__Plan__Group_4__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2"


    // $ANTLR start "rule__Plan__Group_4__2__Impl"
    // InternalItup.g:1753:1: rule__Plan__Group_4__2__Impl : ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) ;
    public final void rule__Plan__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1757:1: ( ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) )
            // InternalItup.g:1758:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            {
            // InternalItup.g:1758:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            // InternalItup.g:1759:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            {
             before(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 
            // InternalItup.g:1760:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            // InternalItup.g:1760:3: rule__Plan__AdoptedByAssignment_4_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__AdoptedByAssignment_4_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_6__0"
    // InternalItup.g:1769:1: rule__Plan__Group_6__0 : rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 ;
    public final void rule__Plan__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1773:1: ( rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 )
            // InternalItup.g:1774:2: rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0"


    // $ANTLR start "rule__Plan__Group_6__0__Impl"
    // InternalItup.g:1781:1: rule__Plan__Group_6__0__Impl : ( 'vision' ) ;
    public final void rule__Plan__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1785:1: ( ( 'vision' ) )
            // InternalItup.g:1786:1: ( 'vision' )
            {
            // InternalItup.g:1786:1: ( 'vision' )
            // InternalItup.g:1787:2: 'vision'
            {
             before(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 
            match(input,36,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_6__1"
    // InternalItup.g:1796:1: rule__Plan__Group_6__1 : rule__Plan__Group_6__1__Impl ;
    public final void rule__Plan__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1800:1: ( rule__Plan__Group_6__1__Impl )
            // InternalItup.g:1801:2: rule__Plan__Group_6__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1"


    // $ANTLR start "rule__Plan__Group_6__1__Impl"
    // InternalItup.g:1807:1: rule__Plan__Group_6__1__Impl : ( ( rule__Plan__VisionAssignment_6_1 ) ) ;
    public final void rule__Plan__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1811:1: ( ( ( rule__Plan__VisionAssignment_6_1 ) ) )
            // InternalItup.g:1812:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            {
            // InternalItup.g:1812:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            // InternalItup.g:1813:2: ( rule__Plan__VisionAssignment_6_1 )
            {
             before(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 
            // InternalItup.g:1814:2: ( rule__Plan__VisionAssignment_6_1 )
            // InternalItup.g:1814:3: rule__Plan__VisionAssignment_6_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__VisionAssignment_6_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_7__0"
    // InternalItup.g:1823:1: rule__Plan__Group_7__0 : rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 ;
    public final void rule__Plan__Group_7__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1827:1: ( rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 )
            // InternalItup.g:1828:2: rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_7__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0"


    // $ANTLR start "rule__Plan__Group_7__0__Impl"
    // InternalItup.g:1835:1: rule__Plan__Group_7__0__Impl : ( 'mission' ) ;
    public final void rule__Plan__Group_7__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1839:1: ( ( 'mission' ) )
            // InternalItup.g:1840:1: ( 'mission' )
            {
            // InternalItup.g:1840:1: ( 'mission' )
            // InternalItup.g:1841:2: 'mission'
            {
             before(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 
            match(input,37,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0__Impl"


    // $ANTLR start "rule__Plan__Group_7__1"
    // InternalItup.g:1850:1: rule__Plan__Group_7__1 : rule__Plan__Group_7__1__Impl ;
    public final void rule__Plan__Group_7__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1854:1: ( rule__Plan__Group_7__1__Impl )
            // InternalItup.g:1855:2: rule__Plan__Group_7__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1"


    // $ANTLR start "rule__Plan__Group_7__1__Impl"
    // InternalItup.g:1861:1: rule__Plan__Group_7__1__Impl : ( ( rule__Plan__MissionAssignment_7_1 ) ) ;
    public final void rule__Plan__Group_7__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1865:1: ( ( ( rule__Plan__MissionAssignment_7_1 ) ) )
            // InternalItup.g:1866:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            {
            // InternalItup.g:1866:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            // InternalItup.g:1867:2: ( rule__Plan__MissionAssignment_7_1 )
            {
             before(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 
            // InternalItup.g:1868:2: ( rule__Plan__MissionAssignment_7_1 )
            // InternalItup.g:1868:3: rule__Plan__MissionAssignment_7_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__MissionAssignment_7_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__0"
    // InternalItup.g:1877:1: rule__Plan__Group_8__0 : rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 ;
    public final void rule__Plan__Group_8__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1881:1: ( rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 )
            // InternalItup.g:1882:2: rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_8__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0"


    // $ANTLR start "rule__Plan__Group_8__0__Impl"
    // InternalItup.g:1889:1: rule__Plan__Group_8__0__Impl : ( 'sectors' ) ;
    public final void rule__Plan__Group_8__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1893:1: ( ( 'sectors' ) )
            // InternalItup.g:1894:1: ( 'sectors' )
            {
            // InternalItup.g:1894:1: ( 'sectors' )
            // InternalItup.g:1895:2: 'sectors'
            {
             before(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 
            match(input,38,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0__Impl"


    // $ANTLR start "rule__Plan__Group_8__1"
    // InternalItup.g:1904:1: rule__Plan__Group_8__1 : rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 ;
    public final void rule__Plan__Group_8__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1908:1: ( rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 )
            // InternalItup.g:1909:2: rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_8__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1"


    // $ANTLR start "rule__Plan__Group_8__1__Impl"
    // InternalItup.g:1916:1: rule__Plan__Group_8__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) ;
    public final void rule__Plan__Group_8__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1920:1: ( ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) )
            // InternalItup.g:1921:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            {
            // InternalItup.g:1921:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            // InternalItup.g:1922:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 
            // InternalItup.g:1923:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            // InternalItup.g:1923:3: rule__Plan__SectorOrderAssignment_8_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__2"
    // InternalItup.g:1931:1: rule__Plan__Group_8__2 : rule__Plan__Group_8__2__Impl ;
    public final void rule__Plan__Group_8__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1935:1: ( rule__Plan__Group_8__2__Impl )
            // InternalItup.g:1936:2: rule__Plan__Group_8__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2"


    // $ANTLR start "rule__Plan__Group_8__2__Impl"
    // InternalItup.g:1942:1: rule__Plan__Group_8__2__Impl : ( ( rule__Plan__Group_8_2__0 )* ) ;
    public final void rule__Plan__Group_8__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1946:1: ( ( ( rule__Plan__Group_8_2__0 )* ) )
            // InternalItup.g:1947:1: ( ( rule__Plan__Group_8_2__0 )* )
            {
            // InternalItup.g:1947:1: ( ( rule__Plan__Group_8_2__0 )* )
            // InternalItup.g:1948:2: ( rule__Plan__Group_8_2__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_8_2()); 
            // InternalItup.g:1949:2: ( rule__Plan__Group_8_2__0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==39) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalItup.g:1949:3: rule__Plan__Group_8_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_8_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop28;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_8_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__0"
    // InternalItup.g:1958:1: rule__Plan__Group_8_2__0 : rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 ;
    public final void rule__Plan__Group_8_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1962:1: ( rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 )
            // InternalItup.g:1963:2: rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_8_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0"


    // $ANTLR start "rule__Plan__Group_8_2__0__Impl"
    // InternalItup.g:1970:1: rule__Plan__Group_8_2__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_8_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1974:1: ( ( ',' ) )
            // InternalItup.g:1975:1: ( ',' )
            {
            // InternalItup.g:1975:1: ( ',' )
            // InternalItup.g:1976:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__1"
    // InternalItup.g:1985:1: rule__Plan__Group_8_2__1 : rule__Plan__Group_8_2__1__Impl ;
    public final void rule__Plan__Group_8_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1989:1: ( rule__Plan__Group_8_2__1__Impl )
            // InternalItup.g:1990:2: rule__Plan__Group_8_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1"


    // $ANTLR start "rule__Plan__Group_8_2__1__Impl"
    // InternalItup.g:1996:1: rule__Plan__Group_8_2__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) ;
    public final void rule__Plan__Group_8_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2000:1: ( ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) )
            // InternalItup.g:2001:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            {
            // InternalItup.g:2001:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            // InternalItup.g:2002:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 
            // InternalItup.g:2003:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            // InternalItup.g:2003:3: rule__Plan__SectorOrderAssignment_8_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__0"
    // InternalItup.g:2012:1: rule__Plan__Group_9_4__0 : rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 ;
    public final void rule__Plan__Group_9_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2016:1: ( rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 )
            // InternalItup.g:2017:2: rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1
            {
            pushFollow(FOLLOW_14);
            rule__Plan__Group_9_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0"


    // $ANTLR start "rule__Plan__Group_9_4__0__Impl"
    // InternalItup.g:2024:1: rule__Plan__Group_9_4__0__Impl : ( 'swot' ) ;
    public final void rule__Plan__Group_9_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2028:1: ( ( 'swot' ) )
            // InternalItup.g:2029:1: ( 'swot' )
            {
            // InternalItup.g:2029:1: ( 'swot' )
            // InternalItup.g:2030:2: 'swot'
            {
             before(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 
            match(input,40,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__1"
    // InternalItup.g:2039:1: rule__Plan__Group_9_4__1 : rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 ;
    public final void rule__Plan__Group_9_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2043:1: ( rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 )
            // InternalItup.g:2044:2: rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1"


    // $ANTLR start "rule__Plan__Group_9_4__1__Impl"
    // InternalItup.g:2051:1: rule__Plan__Group_9_4__1__Impl : ( '{' ) ;
    public final void rule__Plan__Group_9_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2055:1: ( ( '{' ) )
            // InternalItup.g:2056:1: ( '{' )
            {
            // InternalItup.g:2056:1: ( '{' )
            // InternalItup.g:2057:2: '{'
            {
             before(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__2"
    // InternalItup.g:2066:1: rule__Plan__Group_9_4__2 : rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 ;
    public final void rule__Plan__Group_9_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2070:1: ( rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 )
            // InternalItup.g:2071:2: rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2"


    // $ANTLR start "rule__Plan__Group_9_4__2__Impl"
    // InternalItup.g:2078:1: rule__Plan__Group_9_4__2__Impl : ( ( rule__Plan__SwotAssignment_9_4_2 )* ) ;
    public final void rule__Plan__Group_9_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2082:1: ( ( ( rule__Plan__SwotAssignment_9_4_2 )* ) )
            // InternalItup.g:2083:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            {
            // InternalItup.g:2083:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            // InternalItup.g:2084:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            {
             before(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 
            // InternalItup.g:2085:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            loop29:
            do {
                int alt29=2;
                int LA29_0 = input.LA(1);

                if ( ((LA29_0>=27 && LA29_0<=30)) ) {
                    alt29=1;
                }


                switch (alt29) {
            	case 1 :
            	    // InternalItup.g:2085:3: rule__Plan__SwotAssignment_9_4_2
            	    {
            	    pushFollow(FOLLOW_16);
            	    rule__Plan__SwotAssignment_9_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop29;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__3"
    // InternalItup.g:2093:1: rule__Plan__Group_9_4__3 : rule__Plan__Group_9_4__3__Impl ;
    public final void rule__Plan__Group_9_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2097:1: ( rule__Plan__Group_9_4__3__Impl )
            // InternalItup.g:2098:2: rule__Plan__Group_9_4__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3"


    // $ANTLR start "rule__Plan__Group_9_4__3__Impl"
    // InternalItup.g:2104:1: rule__Plan__Group_9_4__3__Impl : ( '}' ) ;
    public final void rule__Plan__Group_9_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2108:1: ( ( '}' ) )
            // InternalItup.g:2109:1: ( '}' )
            {
            // InternalItup.g:2109:1: ( '}' )
            // InternalItup.g:2110:2: '}'
            {
             before(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__0"
    // InternalItup.g:2120:1: rule__Plan__Group_9_5__0 : rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 ;
    public final void rule__Plan__Group_9_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2124:1: ( rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 )
            // InternalItup.g:2125:2: rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1
            {
            pushFollow(FOLLOW_17);
            rule__Plan__Group_9_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0"


    // $ANTLR start "rule__Plan__Group_9_5__0__Impl"
    // InternalItup.g:2132:1: rule__Plan__Group_9_5__0__Impl : ( 'wsis' ) ;
    public final void rule__Plan__Group_9_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2136:1: ( ( 'wsis' ) )
            // InternalItup.g:2137:1: ( 'wsis' )
            {
            // InternalItup.g:2137:1: ( 'wsis' )
            // InternalItup.g:2138:2: 'wsis'
            {
             before(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__1"
    // InternalItup.g:2147:1: rule__Plan__Group_9_5__1 : rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 ;
    public final void rule__Plan__Group_9_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2151:1: ( rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 )
            // InternalItup.g:2152:2: rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_5__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1"


    // $ANTLR start "rule__Plan__Group_9_5__1__Impl"
    // InternalItup.g:2159:1: rule__Plan__Group_9_5__1__Impl : ( 'facilitator' ) ;
    public final void rule__Plan__Group_9_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2163:1: ( ( 'facilitator' ) )
            // InternalItup.g:2164:1: ( 'facilitator' )
            {
            // InternalItup.g:2164:1: ( 'facilitator' )
            // InternalItup.g:2165:2: 'facilitator'
            {
             before(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 
            match(input,44,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__2"
    // InternalItup.g:2174:1: rule__Plan__Group_9_5__2 : rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 ;
    public final void rule__Plan__Group_9_5__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2178:1: ( rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 )
            // InternalItup.g:2179:2: rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_5__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2"


    // $ANTLR start "rule__Plan__Group_9_5__2__Impl"
    // InternalItup.g:2186:1: rule__Plan__Group_9_5__2__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) ;
    public final void rule__Plan__Group_9_5__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2190:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) )
            // InternalItup.g:2191:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            {
            // InternalItup.g:2191:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            // InternalItup.g:2192:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 
            // InternalItup.g:2193:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            // InternalItup.g:2193:3: rule__Plan__WsisActionLinesAssignment_9_5_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__3"
    // InternalItup.g:2201:1: rule__Plan__Group_9_5__3 : rule__Plan__Group_9_5__3__Impl ;
    public final void rule__Plan__Group_9_5__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2205:1: ( rule__Plan__Group_9_5__3__Impl )
            // InternalItup.g:2206:2: rule__Plan__Group_9_5__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3"


    // $ANTLR start "rule__Plan__Group_9_5__3__Impl"
    // InternalItup.g:2212:1: rule__Plan__Group_9_5__3__Impl : ( ( rule__Plan__Group_9_5_3__0 )* ) ;
    public final void rule__Plan__Group_9_5__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2216:1: ( ( ( rule__Plan__Group_9_5_3__0 )* ) )
            // InternalItup.g:2217:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            {
            // InternalItup.g:2217:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            // InternalItup.g:2218:2: ( rule__Plan__Group_9_5_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_5_3()); 
            // InternalItup.g:2219:2: ( rule__Plan__Group_9_5_3__0 )*
            loop30:
            do {
                int alt30=2;
                int LA30_0 = input.LA(1);

                if ( (LA30_0==39) ) {
                    alt30=1;
                }


                switch (alt30) {
            	case 1 :
            	    // InternalItup.g:2219:3: rule__Plan__Group_9_5_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_9_5_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop30;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_5_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__0"
    // InternalItup.g:2228:1: rule__Plan__Group_9_5_3__0 : rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 ;
    public final void rule__Plan__Group_9_5_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2232:1: ( rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 )
            // InternalItup.g:2233:2: rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_5_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0"


    // $ANTLR start "rule__Plan__Group_9_5_3__0__Impl"
    // InternalItup.g:2240:1: rule__Plan__Group_9_5_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_5_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2244:1: ( ( ',' ) )
            // InternalItup.g:2245:1: ( ',' )
            {
            // InternalItup.g:2245:1: ( ',' )
            // InternalItup.g:2246:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__1"
    // InternalItup.g:2255:1: rule__Plan__Group_9_5_3__1 : rule__Plan__Group_9_5_3__1__Impl ;
    public final void rule__Plan__Group_9_5_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2259:1: ( rule__Plan__Group_9_5_3__1__Impl )
            // InternalItup.g:2260:2: rule__Plan__Group_9_5_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1"


    // $ANTLR start "rule__Plan__Group_9_5_3__1__Impl"
    // InternalItup.g:2266:1: rule__Plan__Group_9_5_3__1__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) ;
    public final void rule__Plan__Group_9_5_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2270:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) )
            // InternalItup.g:2271:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            {
            // InternalItup.g:2271:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            // InternalItup.g:2272:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 
            // InternalItup.g:2273:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            // InternalItup.g:2273:3: rule__Plan__WsisActionLinesAssignment_9_5_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__0"
    // InternalItup.g:2282:1: rule__Plan__Group_9_6__0 : rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 ;
    public final void rule__Plan__Group_9_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2286:1: ( rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 )
            // InternalItup.g:2287:2: rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1
            {
            pushFollow(FOLLOW_18);
            rule__Plan__Group_9_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0"


    // $ANTLR start "rule__Plan__Group_9_6__0__Impl"
    // InternalItup.g:2294:1: rule__Plan__Group_9_6__0__Impl : ( 'sdg' ) ;
    public final void rule__Plan__Group_9_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2298:1: ( ( 'sdg' ) )
            // InternalItup.g:2299:1: ( 'sdg' )
            {
            // InternalItup.g:2299:1: ( 'sdg' )
            // InternalItup.g:2300:2: 'sdg'
            {
             before(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__1"
    // InternalItup.g:2309:1: rule__Plan__Group_9_6__1 : rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 ;
    public final void rule__Plan__Group_9_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2313:1: ( rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 )
            // InternalItup.g:2314:2: rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_6__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1"


    // $ANTLR start "rule__Plan__Group_9_6__1__Impl"
    // InternalItup.g:2321:1: rule__Plan__Group_9_6__1__Impl : ( 'custodian' ) ;
    public final void rule__Plan__Group_9_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2325:1: ( ( 'custodian' ) )
            // InternalItup.g:2326:1: ( 'custodian' )
            {
            // InternalItup.g:2326:1: ( 'custodian' )
            // InternalItup.g:2327:2: 'custodian'
            {
             before(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 
            match(input,46,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__2"
    // InternalItup.g:2336:1: rule__Plan__Group_9_6__2 : rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 ;
    public final void rule__Plan__Group_9_6__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2340:1: ( rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 )
            // InternalItup.g:2341:2: rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_6__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2"


    // $ANTLR start "rule__Plan__Group_9_6__2__Impl"
    // InternalItup.g:2348:1: rule__Plan__Group_9_6__2__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) ;
    public final void rule__Plan__Group_9_6__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2352:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) )
            // InternalItup.g:2353:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            {
            // InternalItup.g:2353:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            // InternalItup.g:2354:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 
            // InternalItup.g:2355:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            // InternalItup.g:2355:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__3"
    // InternalItup.g:2363:1: rule__Plan__Group_9_6__3 : rule__Plan__Group_9_6__3__Impl ;
    public final void rule__Plan__Group_9_6__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2367:1: ( rule__Plan__Group_9_6__3__Impl )
            // InternalItup.g:2368:2: rule__Plan__Group_9_6__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3"


    // $ANTLR start "rule__Plan__Group_9_6__3__Impl"
    // InternalItup.g:2374:1: rule__Plan__Group_9_6__3__Impl : ( ( rule__Plan__Group_9_6_3__0 )* ) ;
    public final void rule__Plan__Group_9_6__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2378:1: ( ( ( rule__Plan__Group_9_6_3__0 )* ) )
            // InternalItup.g:2379:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            {
            // InternalItup.g:2379:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            // InternalItup.g:2380:2: ( rule__Plan__Group_9_6_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_6_3()); 
            // InternalItup.g:2381:2: ( rule__Plan__Group_9_6_3__0 )*
            loop31:
            do {
                int alt31=2;
                int LA31_0 = input.LA(1);

                if ( (LA31_0==39) ) {
                    alt31=1;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalItup.g:2381:3: rule__Plan__Group_9_6_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_9_6_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop31;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_6_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__0"
    // InternalItup.g:2390:1: rule__Plan__Group_9_6_3__0 : rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 ;
    public final void rule__Plan__Group_9_6_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2394:1: ( rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 )
            // InternalItup.g:2395:2: rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_6_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0"


    // $ANTLR start "rule__Plan__Group_9_6_3__0__Impl"
    // InternalItup.g:2402:1: rule__Plan__Group_9_6_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_6_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2406:1: ( ( ',' ) )
            // InternalItup.g:2407:1: ( ',' )
            {
            // InternalItup.g:2407:1: ( ',' )
            // InternalItup.g:2408:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__1"
    // InternalItup.g:2417:1: rule__Plan__Group_9_6_3__1 : rule__Plan__Group_9_6_3__1__Impl ;
    public final void rule__Plan__Group_9_6_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2421:1: ( rule__Plan__Group_9_6_3__1__Impl )
            // InternalItup.g:2422:2: rule__Plan__Group_9_6_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1"


    // $ANTLR start "rule__Plan__Group_9_6_3__1__Impl"
    // InternalItup.g:2428:1: rule__Plan__Group_9_6_3__1__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) ;
    public final void rule__Plan__Group_9_6_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2432:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) )
            // InternalItup.g:2433:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            {
            // InternalItup.g:2433:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            // InternalItup.g:2434:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 
            // InternalItup.g:2435:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            // InternalItup.g:2435:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1__Impl"


    // $ANTLR start "rule__Import__Group__0"
    // InternalItup.g:2444:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2448:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalItup.g:2449:2: rule__Import__Group__0__Impl rule__Import__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Import__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Import__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0"


    // $ANTLR start "rule__Import__Group__0__Impl"
    // InternalItup.g:2456:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2460:1: ( ( 'import' ) )
            // InternalItup.g:2461:1: ( 'import' )
            {
            // InternalItup.g:2461:1: ( 'import' )
            // InternalItup.g:2462:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0__Impl"


    // $ANTLR start "rule__Import__Group__1"
    // InternalItup.g:2471:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2475:1: ( rule__Import__Group__1__Impl )
            // InternalItup.g:2476:2: rule__Import__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1"


    // $ANTLR start "rule__Import__Group__1__Impl"
    // InternalItup.g:2482:1: rule__Import__Group__1__Impl : ( ( rule__Import__PlanAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2486:1: ( ( ( rule__Import__PlanAssignment_1 ) ) )
            // InternalItup.g:2487:1: ( ( rule__Import__PlanAssignment_1 ) )
            {
            // InternalItup.g:2487:1: ( ( rule__Import__PlanAssignment_1 ) )
            // InternalItup.g:2488:2: ( rule__Import__PlanAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getPlanAssignment_1()); 
            // InternalItup.g:2489:2: ( rule__Import__PlanAssignment_1 )
            // InternalItup.g:2489:3: rule__Import__PlanAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Import__PlanAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getPlanAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__0"
    // InternalItup.g:2498:1: rule__CoreValue__Group__0 : rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 ;
    public final void rule__CoreValue__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2502:1: ( rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 )
            // InternalItup.g:2503:2: rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__CoreValue__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0"


    // $ANTLR start "rule__CoreValue__Group__0__Impl"
    // InternalItup.g:2510:1: rule__CoreValue__Group__0__Impl : ( 'value' ) ;
    public final void rule__CoreValue__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2514:1: ( ( 'value' ) )
            // InternalItup.g:2515:1: ( 'value' )
            {
            // InternalItup.g:2515:1: ( 'value' )
            // InternalItup.g:2516:2: 'value'
            {
             before(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0__Impl"


    // $ANTLR start "rule__CoreValue__Group__1"
    // InternalItup.g:2525:1: rule__CoreValue__Group__1 : rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 ;
    public final void rule__CoreValue__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2529:1: ( rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 )
            // InternalItup.g:2530:2: rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__CoreValue__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1"


    // $ANTLR start "rule__CoreValue__Group__1__Impl"
    // InternalItup.g:2537:1: rule__CoreValue__Group__1__Impl : ( ( rule__CoreValue__NameAssignment_1 ) ) ;
    public final void rule__CoreValue__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2541:1: ( ( ( rule__CoreValue__NameAssignment_1 ) ) )
            // InternalItup.g:2542:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            {
            // InternalItup.g:2542:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            // InternalItup.g:2543:2: ( rule__CoreValue__NameAssignment_1 )
            {
             before(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 
            // InternalItup.g:2544:2: ( rule__CoreValue__NameAssignment_1 )
            // InternalItup.g:2544:3: rule__CoreValue__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__2"
    // InternalItup.g:2552:1: rule__CoreValue__Group__2 : rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 ;
    public final void rule__CoreValue__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2556:1: ( rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 )
            // InternalItup.g:2557:2: rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3
            {
            pushFollow(FOLLOW_10);
            rule__CoreValue__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2"


    // $ANTLR start "rule__CoreValue__Group__2__Impl"
    // InternalItup.g:2564:1: rule__CoreValue__Group__2__Impl : ( ( rule__CoreValue__TitleAssignment_2 ) ) ;
    public final void rule__CoreValue__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2568:1: ( ( ( rule__CoreValue__TitleAssignment_2 ) ) )
            // InternalItup.g:2569:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            {
            // InternalItup.g:2569:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            // InternalItup.g:2570:2: ( rule__CoreValue__TitleAssignment_2 )
            {
             before(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 
            // InternalItup.g:2571:2: ( rule__CoreValue__TitleAssignment_2 )
            // InternalItup.g:2571:3: rule__CoreValue__TitleAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__TitleAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2__Impl"


    // $ANTLR start "rule__CoreValue__Group__3"
    // InternalItup.g:2579:1: rule__CoreValue__Group__3 : rule__CoreValue__Group__3__Impl ;
    public final void rule__CoreValue__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2583:1: ( rule__CoreValue__Group__3__Impl )
            // InternalItup.g:2584:2: rule__CoreValue__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3"


    // $ANTLR start "rule__CoreValue__Group__3__Impl"
    // InternalItup.g:2590:1: rule__CoreValue__Group__3__Impl : ( ( rule__CoreValue__StatementAssignment_3 )? ) ;
    public final void rule__CoreValue__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2594:1: ( ( ( rule__CoreValue__StatementAssignment_3 )? ) )
            // InternalItup.g:2595:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            {
            // InternalItup.g:2595:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            // InternalItup.g:2596:2: ( rule__CoreValue__StatementAssignment_3 )?
            {
             before(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 
            // InternalItup.g:2597:2: ( rule__CoreValue__StatementAssignment_3 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==RULE_STRING) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalItup.g:2597:3: rule__CoreValue__StatementAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__CoreValue__StatementAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__0"
    // InternalItup.g:2606:1: rule__Goal__Group__0 : rule__Goal__Group__0__Impl rule__Goal__Group__1 ;
    public final void rule__Goal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2610:1: ( rule__Goal__Group__0__Impl rule__Goal__Group__1 )
            // InternalItup.g:2611:2: rule__Goal__Group__0__Impl rule__Goal__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0"


    // $ANTLR start "rule__Goal__Group__0__Impl"
    // InternalItup.g:2618:1: rule__Goal__Group__0__Impl : ( 'goal' ) ;
    public final void rule__Goal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2622:1: ( ( 'goal' ) )
            // InternalItup.g:2623:1: ( 'goal' )
            {
            // InternalItup.g:2623:1: ( 'goal' )
            // InternalItup.g:2624:2: 'goal'
            {
             before(grammarAccess.getGoalAccess().getGoalKeyword_0()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getGoalKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0__Impl"


    // $ANTLR start "rule__Goal__Group__1"
    // InternalItup.g:2633:1: rule__Goal__Group__1 : rule__Goal__Group__1__Impl rule__Goal__Group__2 ;
    public final void rule__Goal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2637:1: ( rule__Goal__Group__1__Impl rule__Goal__Group__2 )
            // InternalItup.g:2638:2: rule__Goal__Group__1__Impl rule__Goal__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Goal__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1"


    // $ANTLR start "rule__Goal__Group__1__Impl"
    // InternalItup.g:2645:1: rule__Goal__Group__1__Impl : ( ( rule__Goal__NameAssignment_1 ) ) ;
    public final void rule__Goal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2649:1: ( ( ( rule__Goal__NameAssignment_1 ) ) )
            // InternalItup.g:2650:1: ( ( rule__Goal__NameAssignment_1 ) )
            {
            // InternalItup.g:2650:1: ( ( rule__Goal__NameAssignment_1 ) )
            // InternalItup.g:2651:2: ( rule__Goal__NameAssignment_1 )
            {
             before(grammarAccess.getGoalAccess().getNameAssignment_1()); 
            // InternalItup.g:2652:2: ( rule__Goal__NameAssignment_1 )
            // InternalItup.g:2652:3: rule__Goal__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1__Impl"


    // $ANTLR start "rule__Goal__Group__2"
    // InternalItup.g:2660:1: rule__Goal__Group__2 : rule__Goal__Group__2__Impl rule__Goal__Group__3 ;
    public final void rule__Goal__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2664:1: ( rule__Goal__Group__2__Impl rule__Goal__Group__3 )
            // InternalItup.g:2665:2: rule__Goal__Group__2__Impl rule__Goal__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Goal__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2"


    // $ANTLR start "rule__Goal__Group__2__Impl"
    // InternalItup.g:2672:1: rule__Goal__Group__2__Impl : ( ( rule__Goal__TitleAssignment_2 )? ) ;
    public final void rule__Goal__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2676:1: ( ( ( rule__Goal__TitleAssignment_2 )? ) )
            // InternalItup.g:2677:1: ( ( rule__Goal__TitleAssignment_2 )? )
            {
            // InternalItup.g:2677:1: ( ( rule__Goal__TitleAssignment_2 )? )
            // InternalItup.g:2678:2: ( rule__Goal__TitleAssignment_2 )?
            {
             before(grammarAccess.getGoalAccess().getTitleAssignment_2()); 
            // InternalItup.g:2679:2: ( rule__Goal__TitleAssignment_2 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==RULE_STRING) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalItup.g:2679:3: rule__Goal__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2__Impl"


    // $ANTLR start "rule__Goal__Group__3"
    // InternalItup.g:2687:1: rule__Goal__Group__3 : rule__Goal__Group__3__Impl rule__Goal__Group__4 ;
    public final void rule__Goal__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2691:1: ( rule__Goal__Group__3__Impl rule__Goal__Group__4 )
            // InternalItup.g:2692:2: rule__Goal__Group__3__Impl rule__Goal__Group__4
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3"


    // $ANTLR start "rule__Goal__Group__3__Impl"
    // InternalItup.g:2699:1: rule__Goal__Group__3__Impl : ( '{' ) ;
    public final void rule__Goal__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2703:1: ( ( '{' ) )
            // InternalItup.g:2704:1: ( '{' )
            {
            // InternalItup.g:2704:1: ( '{' )
            // InternalItup.g:2705:2: '{'
            {
             before(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__4"
    // InternalItup.g:2714:1: rule__Goal__Group__4 : rule__Goal__Group__4__Impl rule__Goal__Group__5 ;
    public final void rule__Goal__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2718:1: ( rule__Goal__Group__4__Impl rule__Goal__Group__5 )
            // InternalItup.g:2719:2: rule__Goal__Group__4__Impl rule__Goal__Group__5
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4"


    // $ANTLR start "rule__Goal__Group__4__Impl"
    // InternalItup.g:2726:1: rule__Goal__Group__4__Impl : ( ( rule__Goal__Group_4__0 )? ) ;
    public final void rule__Goal__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2730:1: ( ( ( rule__Goal__Group_4__0 )? ) )
            // InternalItup.g:2731:1: ( ( rule__Goal__Group_4__0 )? )
            {
            // InternalItup.g:2731:1: ( ( rule__Goal__Group_4__0 )? )
            // InternalItup.g:2732:2: ( rule__Goal__Group_4__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_4()); 
            // InternalItup.g:2733:2: ( rule__Goal__Group_4__0 )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==49) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalItup.g:2733:3: rule__Goal__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4__Impl"


    // $ANTLR start "rule__Goal__Group__5"
    // InternalItup.g:2741:1: rule__Goal__Group__5 : rule__Goal__Group__5__Impl rule__Goal__Group__6 ;
    public final void rule__Goal__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2745:1: ( rule__Goal__Group__5__Impl rule__Goal__Group__6 )
            // InternalItup.g:2746:2: rule__Goal__Group__5__Impl rule__Goal__Group__6
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5"


    // $ANTLR start "rule__Goal__Group__5__Impl"
    // InternalItup.g:2753:1: rule__Goal__Group__5__Impl : ( ( rule__Goal__Group_5__0 )? ) ;
    public final void rule__Goal__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2757:1: ( ( ( rule__Goal__Group_5__0 )? ) )
            // InternalItup.g:2758:1: ( ( rule__Goal__Group_5__0 )? )
            {
            // InternalItup.g:2758:1: ( ( rule__Goal__Group_5__0 )? )
            // InternalItup.g:2759:2: ( rule__Goal__Group_5__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_5()); 
            // InternalItup.g:2760:2: ( rule__Goal__Group_5__0 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==50) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalItup.g:2760:3: rule__Goal__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5__Impl"


    // $ANTLR start "rule__Goal__Group__6"
    // InternalItup.g:2768:1: rule__Goal__Group__6 : rule__Goal__Group__6__Impl rule__Goal__Group__7 ;
    public final void rule__Goal__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2772:1: ( rule__Goal__Group__6__Impl rule__Goal__Group__7 )
            // InternalItup.g:2773:2: rule__Goal__Group__6__Impl rule__Goal__Group__7
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6"


    // $ANTLR start "rule__Goal__Group__6__Impl"
    // InternalItup.g:2780:1: rule__Goal__Group__6__Impl : ( ( rule__Goal__Alternatives_6 )* ) ;
    public final void rule__Goal__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2784:1: ( ( ( rule__Goal__Alternatives_6 )* ) )
            // InternalItup.g:2785:1: ( ( rule__Goal__Alternatives_6 )* )
            {
            // InternalItup.g:2785:1: ( ( rule__Goal__Alternatives_6 )* )
            // InternalItup.g:2786:2: ( rule__Goal__Alternatives_6 )*
            {
             before(grammarAccess.getGoalAccess().getAlternatives_6()); 
            // InternalItup.g:2787:2: ( rule__Goal__Alternatives_6 )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==43||LA36_0==45||LA36_0==51) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalItup.g:2787:3: rule__Goal__Alternatives_6
            	    {
            	    pushFollow(FOLLOW_21);
            	    rule__Goal__Alternatives_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getAlternatives_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6__Impl"


    // $ANTLR start "rule__Goal__Group__7"
    // InternalItup.g:2795:1: rule__Goal__Group__7 : rule__Goal__Group__7__Impl ;
    public final void rule__Goal__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2799:1: ( rule__Goal__Group__7__Impl )
            // InternalItup.g:2800:2: rule__Goal__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7"


    // $ANTLR start "rule__Goal__Group__7__Impl"
    // InternalItup.g:2806:1: rule__Goal__Group__7__Impl : ( '}' ) ;
    public final void rule__Goal__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2810:1: ( ( '}' ) )
            // InternalItup.g:2811:1: ( '}' )
            {
            // InternalItup.g:2811:1: ( '}' )
            // InternalItup.g:2812:2: '}'
            {
             before(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7__Impl"


    // $ANTLR start "rule__Goal__Group_4__0"
    // InternalItup.g:2822:1: rule__Goal__Group_4__0 : rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 ;
    public final void rule__Goal__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2826:1: ( rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 )
            // InternalItup.g:2827:2: rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Goal__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0"


    // $ANTLR start "rule__Goal__Group_4__0__Impl"
    // InternalItup.g:2834:1: rule__Goal__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Goal__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2838:1: ( ( 'statement' ) )
            // InternalItup.g:2839:1: ( 'statement' )
            {
            // InternalItup.g:2839:1: ( 'statement' )
            // InternalItup.g:2840:2: 'statement'
            {
             before(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0__Impl"


    // $ANTLR start "rule__Goal__Group_4__1"
    // InternalItup.g:2849:1: rule__Goal__Group_4__1 : rule__Goal__Group_4__1__Impl ;
    public final void rule__Goal__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2853:1: ( rule__Goal__Group_4__1__Impl )
            // InternalItup.g:2854:2: rule__Goal__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1"


    // $ANTLR start "rule__Goal__Group_4__1__Impl"
    // InternalItup.g:2860:1: rule__Goal__Group_4__1__Impl : ( ( rule__Goal__StatementAssignment_4_1 ) ) ;
    public final void rule__Goal__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2864:1: ( ( ( rule__Goal__StatementAssignment_4_1 ) ) )
            // InternalItup.g:2865:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:2865:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            // InternalItup.g:2866:2: ( rule__Goal__StatementAssignment_4_1 )
            {
             before(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:2867:2: ( rule__Goal__StatementAssignment_4_1 )
            // InternalItup.g:2867:3: rule__Goal__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1__Impl"


    // $ANTLR start "rule__Goal__Group_5__0"
    // InternalItup.g:2876:1: rule__Goal__Group_5__0 : rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 ;
    public final void rule__Goal__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2880:1: ( rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 )
            // InternalItup.g:2881:2: rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1
            {
            pushFollow(FOLLOW_10);
            rule__Goal__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0"


    // $ANTLR start "rule__Goal__Group_5__0__Impl"
    // InternalItup.g:2888:1: rule__Goal__Group_5__0__Impl : ( 'description' ) ;
    public final void rule__Goal__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2892:1: ( ( 'description' ) )
            // InternalItup.g:2893:1: ( 'description' )
            {
            // InternalItup.g:2893:1: ( 'description' )
            // InternalItup.g:2894:2: 'description'
            {
             before(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0__Impl"


    // $ANTLR start "rule__Goal__Group_5__1"
    // InternalItup.g:2903:1: rule__Goal__Group_5__1 : rule__Goal__Group_5__1__Impl ;
    public final void rule__Goal__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2907:1: ( rule__Goal__Group_5__1__Impl )
            // InternalItup.g:2908:2: rule__Goal__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1"


    // $ANTLR start "rule__Goal__Group_5__1__Impl"
    // InternalItup.g:2914:1: rule__Goal__Group_5__1__Impl : ( ( rule__Goal__DescriptionAssignment_5_1 ) ) ;
    public final void rule__Goal__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2918:1: ( ( ( rule__Goal__DescriptionAssignment_5_1 ) ) )
            // InternalItup.g:2919:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            {
            // InternalItup.g:2919:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            // InternalItup.g:2920:2: ( rule__Goal__DescriptionAssignment_5_1 )
            {
             before(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 
            // InternalItup.g:2921:2: ( rule__Goal__DescriptionAssignment_5_1 )
            // InternalItup.g:2921:3: rule__Goal__DescriptionAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__DescriptionAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__0"
    // InternalItup.g:2930:1: rule__Goal__Group_6_1__0 : rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 ;
    public final void rule__Goal__Group_6_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2934:1: ( rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 )
            // InternalItup.g:2935:2: rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0"


    // $ANTLR start "rule__Goal__Group_6_1__0__Impl"
    // InternalItup.g:2942:1: rule__Goal__Group_6_1__0__Impl : ( 'sdg' ) ;
    public final void rule__Goal__Group_6_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2946:1: ( ( 'sdg' ) )
            // InternalItup.g:2947:1: ( 'sdg' )
            {
            // InternalItup.g:2947:1: ( 'sdg' )
            // InternalItup.g:2948:2: 'sdg'
            {
             before(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__1"
    // InternalItup.g:2957:1: rule__Goal__Group_6_1__1 : rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 ;
    public final void rule__Goal__Group_6_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2961:1: ( rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 )
            // InternalItup.g:2962:2: rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1"


    // $ANTLR start "rule__Goal__Group_6_1__1__Impl"
    // InternalItup.g:2969:1: rule__Goal__Group_6_1__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) ;
    public final void rule__Goal__Group_6_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2973:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) )
            // InternalItup.g:2974:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            {
            // InternalItup.g:2974:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            // InternalItup.g:2975:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 
            // InternalItup.g:2976:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            // InternalItup.g:2976:3: rule__Goal__SdgLinksAssignment_6_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__2"
    // InternalItup.g:2984:1: rule__Goal__Group_6_1__2 : rule__Goal__Group_6_1__2__Impl ;
    public final void rule__Goal__Group_6_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2988:1: ( rule__Goal__Group_6_1__2__Impl )
            // InternalItup.g:2989:2: rule__Goal__Group_6_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2"


    // $ANTLR start "rule__Goal__Group_6_1__2__Impl"
    // InternalItup.g:2995:1: rule__Goal__Group_6_1__2__Impl : ( ( rule__Goal__Group_6_1_2__0 )* ) ;
    public final void rule__Goal__Group_6_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2999:1: ( ( ( rule__Goal__Group_6_1_2__0 )* ) )
            // InternalItup.g:3000:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            {
            // InternalItup.g:3000:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            // InternalItup.g:3001:2: ( rule__Goal__Group_6_1_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_1_2()); 
            // InternalItup.g:3002:2: ( rule__Goal__Group_6_1_2__0 )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( (LA37_0==39) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalItup.g:3002:3: rule__Goal__Group_6_1_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Goal__Group_6_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop37;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__0"
    // InternalItup.g:3011:1: rule__Goal__Group_6_1_2__0 : rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 ;
    public final void rule__Goal__Group_6_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3015:1: ( rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 )
            // InternalItup.g:3016:2: rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0"


    // $ANTLR start "rule__Goal__Group_6_1_2__0__Impl"
    // InternalItup.g:3023:1: rule__Goal__Group_6_1_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3027:1: ( ( ',' ) )
            // InternalItup.g:3028:1: ( ',' )
            {
            // InternalItup.g:3028:1: ( ',' )
            // InternalItup.g:3029:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__1"
    // InternalItup.g:3038:1: rule__Goal__Group_6_1_2__1 : rule__Goal__Group_6_1_2__1__Impl ;
    public final void rule__Goal__Group_6_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3042:1: ( rule__Goal__Group_6_1_2__1__Impl )
            // InternalItup.g:3043:2: rule__Goal__Group_6_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1"


    // $ANTLR start "rule__Goal__Group_6_1_2__1__Impl"
    // InternalItup.g:3049:1: rule__Goal__Group_6_1_2__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) ;
    public final void rule__Goal__Group_6_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3053:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) )
            // InternalItup.g:3054:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            {
            // InternalItup.g:3054:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            // InternalItup.g:3055:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 
            // InternalItup.g:3056:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            // InternalItup.g:3056:3: rule__Goal__SdgLinksAssignment_6_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__0"
    // InternalItup.g:3065:1: rule__Goal__Group_6_2__0 : rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 ;
    public final void rule__Goal__Group_6_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3069:1: ( rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 )
            // InternalItup.g:3070:2: rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0"


    // $ANTLR start "rule__Goal__Group_6_2__0__Impl"
    // InternalItup.g:3077:1: rule__Goal__Group_6_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Goal__Group_6_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3081:1: ( ( 'wsis' ) )
            // InternalItup.g:3082:1: ( 'wsis' )
            {
            // InternalItup.g:3082:1: ( 'wsis' )
            // InternalItup.g:3083:2: 'wsis'
            {
             before(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__1"
    // InternalItup.g:3092:1: rule__Goal__Group_6_2__1 : rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 ;
    public final void rule__Goal__Group_6_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3096:1: ( rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 )
            // InternalItup.g:3097:2: rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1"


    // $ANTLR start "rule__Goal__Group_6_2__1__Impl"
    // InternalItup.g:3104:1: rule__Goal__Group_6_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) ;
    public final void rule__Goal__Group_6_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3108:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) )
            // InternalItup.g:3109:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            {
            // InternalItup.g:3109:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            // InternalItup.g:3110:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 
            // InternalItup.g:3111:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            // InternalItup.g:3111:3: rule__Goal__WsisActionLinesAssignment_6_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__2"
    // InternalItup.g:3119:1: rule__Goal__Group_6_2__2 : rule__Goal__Group_6_2__2__Impl ;
    public final void rule__Goal__Group_6_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3123:1: ( rule__Goal__Group_6_2__2__Impl )
            // InternalItup.g:3124:2: rule__Goal__Group_6_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2"


    // $ANTLR start "rule__Goal__Group_6_2__2__Impl"
    // InternalItup.g:3130:1: rule__Goal__Group_6_2__2__Impl : ( ( rule__Goal__Group_6_2_2__0 )* ) ;
    public final void rule__Goal__Group_6_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3134:1: ( ( ( rule__Goal__Group_6_2_2__0 )* ) )
            // InternalItup.g:3135:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            {
            // InternalItup.g:3135:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            // InternalItup.g:3136:2: ( rule__Goal__Group_6_2_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_2_2()); 
            // InternalItup.g:3137:2: ( rule__Goal__Group_6_2_2__0 )*
            loop38:
            do {
                int alt38=2;
                int LA38_0 = input.LA(1);

                if ( (LA38_0==39) ) {
                    alt38=1;
                }


                switch (alt38) {
            	case 1 :
            	    // InternalItup.g:3137:3: rule__Goal__Group_6_2_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Goal__Group_6_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop38;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__0"
    // InternalItup.g:3146:1: rule__Goal__Group_6_2_2__0 : rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 ;
    public final void rule__Goal__Group_6_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3150:1: ( rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 )
            // InternalItup.g:3151:2: rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0"


    // $ANTLR start "rule__Goal__Group_6_2_2__0__Impl"
    // InternalItup.g:3158:1: rule__Goal__Group_6_2_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3162:1: ( ( ',' ) )
            // InternalItup.g:3163:1: ( ',' )
            {
            // InternalItup.g:3163:1: ( ',' )
            // InternalItup.g:3164:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__1"
    // InternalItup.g:3173:1: rule__Goal__Group_6_2_2__1 : rule__Goal__Group_6_2_2__1__Impl ;
    public final void rule__Goal__Group_6_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3177:1: ( rule__Goal__Group_6_2_2__1__Impl )
            // InternalItup.g:3178:2: rule__Goal__Group_6_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1"


    // $ANTLR start "rule__Goal__Group_6_2_2__1__Impl"
    // InternalItup.g:3184:1: rule__Goal__Group_6_2_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) ;
    public final void rule__Goal__Group_6_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3188:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) )
            // InternalItup.g:3189:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            {
            // InternalItup.g:3189:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            // InternalItup.g:3190:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 
            // InternalItup.g:3191:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            // InternalItup.g:3191:3: rule__Goal__WsisActionLinesAssignment_6_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1__Impl"


    // $ANTLR start "rule__Target__Group__0"
    // InternalItup.g:3200:1: rule__Target__Group__0 : rule__Target__Group__0__Impl rule__Target__Group__1 ;
    public final void rule__Target__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3204:1: ( rule__Target__Group__0__Impl rule__Target__Group__1 )
            // InternalItup.g:3205:2: rule__Target__Group__0__Impl rule__Target__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Target__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0"


    // $ANTLR start "rule__Target__Group__0__Impl"
    // InternalItup.g:3212:1: rule__Target__Group__0__Impl : ( 'target' ) ;
    public final void rule__Target__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3216:1: ( ( 'target' ) )
            // InternalItup.g:3217:1: ( 'target' )
            {
            // InternalItup.g:3217:1: ( 'target' )
            // InternalItup.g:3218:2: 'target'
            {
             before(grammarAccess.getTargetAccess().getTargetKeyword_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getTargetKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0__Impl"


    // $ANTLR start "rule__Target__Group__1"
    // InternalItup.g:3227:1: rule__Target__Group__1 : rule__Target__Group__1__Impl rule__Target__Group__2 ;
    public final void rule__Target__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3231:1: ( rule__Target__Group__1__Impl rule__Target__Group__2 )
            // InternalItup.g:3232:2: rule__Target__Group__1__Impl rule__Target__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Target__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1"


    // $ANTLR start "rule__Target__Group__1__Impl"
    // InternalItup.g:3239:1: rule__Target__Group__1__Impl : ( ( rule__Target__NameAssignment_1 ) ) ;
    public final void rule__Target__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3243:1: ( ( ( rule__Target__NameAssignment_1 ) ) )
            // InternalItup.g:3244:1: ( ( rule__Target__NameAssignment_1 ) )
            {
            // InternalItup.g:3244:1: ( ( rule__Target__NameAssignment_1 ) )
            // InternalItup.g:3245:2: ( rule__Target__NameAssignment_1 )
            {
             before(grammarAccess.getTargetAccess().getNameAssignment_1()); 
            // InternalItup.g:3246:2: ( rule__Target__NameAssignment_1 )
            // InternalItup.g:3246:3: rule__Target__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1__Impl"


    // $ANTLR start "rule__Target__Group__2"
    // InternalItup.g:3254:1: rule__Target__Group__2 : rule__Target__Group__2__Impl rule__Target__Group__3 ;
    public final void rule__Target__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3258:1: ( rule__Target__Group__2__Impl rule__Target__Group__3 )
            // InternalItup.g:3259:2: rule__Target__Group__2__Impl rule__Target__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Target__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2"


    // $ANTLR start "rule__Target__Group__2__Impl"
    // InternalItup.g:3266:1: rule__Target__Group__2__Impl : ( ( rule__Target__StatementAssignment_2 )? ) ;
    public final void rule__Target__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3270:1: ( ( ( rule__Target__StatementAssignment_2 )? ) )
            // InternalItup.g:3271:1: ( ( rule__Target__StatementAssignment_2 )? )
            {
            // InternalItup.g:3271:1: ( ( rule__Target__StatementAssignment_2 )? )
            // InternalItup.g:3272:2: ( rule__Target__StatementAssignment_2 )?
            {
             before(grammarAccess.getTargetAccess().getStatementAssignment_2()); 
            // InternalItup.g:3273:2: ( rule__Target__StatementAssignment_2 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==RULE_STRING) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalItup.g:3273:3: rule__Target__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2__Impl"


    // $ANTLR start "rule__Target__Group__3"
    // InternalItup.g:3281:1: rule__Target__Group__3 : rule__Target__Group__3__Impl ;
    public final void rule__Target__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3285:1: ( rule__Target__Group__3__Impl )
            // InternalItup.g:3286:2: rule__Target__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3"


    // $ANTLR start "rule__Target__Group__3__Impl"
    // InternalItup.g:3292:1: rule__Target__Group__3__Impl : ( ( rule__Target__Group_3__0 )? ) ;
    public final void rule__Target__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3296:1: ( ( ( rule__Target__Group_3__0 )? ) )
            // InternalItup.g:3297:1: ( ( rule__Target__Group_3__0 )? )
            {
            // InternalItup.g:3297:1: ( ( rule__Target__Group_3__0 )? )
            // InternalItup.g:3298:2: ( rule__Target__Group_3__0 )?
            {
             before(grammarAccess.getTargetAccess().getGroup_3()); 
            // InternalItup.g:3299:2: ( rule__Target__Group_3__0 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==41) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalItup.g:3299:3: rule__Target__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3__Impl"


    // $ANTLR start "rule__Target__Group_3__0"
    // InternalItup.g:3308:1: rule__Target__Group_3__0 : rule__Target__Group_3__0__Impl rule__Target__Group_3__1 ;
    public final void rule__Target__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3312:1: ( rule__Target__Group_3__0__Impl rule__Target__Group_3__1 )
            // InternalItup.g:3313:2: rule__Target__Group_3__0__Impl rule__Target__Group_3__1
            {
            pushFollow(FOLLOW_22);
            rule__Target__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0"


    // $ANTLR start "rule__Target__Group_3__0__Impl"
    // InternalItup.g:3320:1: rule__Target__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Target__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3324:1: ( ( '{' ) )
            // InternalItup.g:3325:1: ( '{' )
            {
            // InternalItup.g:3325:1: ( '{' )
            // InternalItup.g:3326:2: '{'
            {
             before(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3__1"
    // InternalItup.g:3335:1: rule__Target__Group_3__1 : rule__Target__Group_3__1__Impl rule__Target__Group_3__2 ;
    public final void rule__Target__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3339:1: ( rule__Target__Group_3__1__Impl rule__Target__Group_3__2 )
            // InternalItup.g:3340:2: rule__Target__Group_3__1__Impl rule__Target__Group_3__2
            {
            pushFollow(FOLLOW_23);
            rule__Target__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1"


    // $ANTLR start "rule__Target__Group_3__1__Impl"
    // InternalItup.g:3347:1: rule__Target__Group_3__1__Impl : ( ( rule__Target__UnorderedGroup_3_1 ) ) ;
    public final void rule__Target__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3351:1: ( ( ( rule__Target__UnorderedGroup_3_1 ) ) )
            // InternalItup.g:3352:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            {
            // InternalItup.g:3352:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            // InternalItup.g:3353:2: ( rule__Target__UnorderedGroup_3_1 )
            {
             before(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 
            // InternalItup.g:3354:2: ( rule__Target__UnorderedGroup_3_1 )
            // InternalItup.g:3354:3: rule__Target__UnorderedGroup_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1__Impl"


    // $ANTLR start "rule__Target__Group_3__2"
    // InternalItup.g:3362:1: rule__Target__Group_3__2 : rule__Target__Group_3__2__Impl rule__Target__Group_3__3 ;
    public final void rule__Target__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3366:1: ( rule__Target__Group_3__2__Impl rule__Target__Group_3__3 )
            // InternalItup.g:3367:2: rule__Target__Group_3__2__Impl rule__Target__Group_3__3
            {
            pushFollow(FOLLOW_23);
            rule__Target__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2"


    // $ANTLR start "rule__Target__Group_3__2__Impl"
    // InternalItup.g:3374:1: rule__Target__Group_3__2__Impl : ( ( rule__Target__IndicatorsAssignment_3_2 )* ) ;
    public final void rule__Target__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3378:1: ( ( ( rule__Target__IndicatorsAssignment_3_2 )* ) )
            // InternalItup.g:3379:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            {
            // InternalItup.g:3379:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            // InternalItup.g:3380:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            {
             before(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 
            // InternalItup.g:3381:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            loop41:
            do {
                int alt41=2;
                int LA41_0 = input.LA(1);

                if ( (LA41_0==62) ) {
                    alt41=1;
                }


                switch (alt41) {
            	case 1 :
            	    // InternalItup.g:3381:3: rule__Target__IndicatorsAssignment_3_2
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__Target__IndicatorsAssignment_3_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop41;
                }
            } while (true);

             after(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2__Impl"


    // $ANTLR start "rule__Target__Group_3__3"
    // InternalItup.g:3389:1: rule__Target__Group_3__3 : rule__Target__Group_3__3__Impl ;
    public final void rule__Target__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3393:1: ( rule__Target__Group_3__3__Impl )
            // InternalItup.g:3394:2: rule__Target__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3"


    // $ANTLR start "rule__Target__Group_3__3__Impl"
    // InternalItup.g:3400:1: rule__Target__Group_3__3__Impl : ( '}' ) ;
    public final void rule__Target__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3404:1: ( ( '}' ) )
            // InternalItup.g:3405:1: ( '}' )
            {
            // InternalItup.g:3405:1: ( '}' )
            // InternalItup.g:3406:2: '}'
            {
             before(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__0"
    // InternalItup.g:3416:1: rule__Target__Group_3_1_0__0 : rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 ;
    public final void rule__Target__Group_3_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3420:1: ( rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 )
            // InternalItup.g:3421:2: rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1
            {
            pushFollow(FOLLOW_7);
            rule__Target__Group_3_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_0__0__Impl"
    // InternalItup.g:3428:1: rule__Target__Group_3_1_0__0__Impl : ( 'by' ) ;
    public final void rule__Target__Group_3_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3432:1: ( ( 'by' ) )
            // InternalItup.g:3433:1: ( 'by' )
            {
            // InternalItup.g:3433:1: ( 'by' )
            // InternalItup.g:3434:2: 'by'
            {
             before(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__1"
    // InternalItup.g:3443:1: rule__Target__Group_3_1_0__1 : rule__Target__Group_3_1_0__1__Impl ;
    public final void rule__Target__Group_3_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3447:1: ( rule__Target__Group_3_1_0__1__Impl )
            // InternalItup.g:3448:2: rule__Target__Group_3_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_0__1__Impl"
    // InternalItup.g:3454:1: rule__Target__Group_3_1_0__1__Impl : ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3458:1: ( ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) )
            // InternalItup.g:3459:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            {
            // InternalItup.g:3459:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            // InternalItup.g:3460:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 
            // InternalItup.g:3461:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            // InternalItup.g:3461:3: rule__Target__DeadlineAssignment_3_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__DeadlineAssignment_3_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0"
    // InternalItup.g:3470:1: rule__Target__Group_3_1_1_0__0 : rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 ;
    public final void rule__Target__Group_3_1_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3474:1: ( rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 )
            // InternalItup.g:3475:2: rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1
            {
            pushFollow(FOLLOW_7);
            rule__Target__Group_3_1_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0__Impl"
    // InternalItup.g:3482:1: rule__Target__Group_3_1_1_0__0__Impl : ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) ;
    public final void rule__Target__Group_3_1_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3486:1: ( ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) )
            // InternalItup.g:3487:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            {
            // InternalItup.g:3487:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            // InternalItup.g:3488:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            {
             before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 
            // InternalItup.g:3489:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            // InternalItup.g:3489:3: rule__Target__KindAssignment_3_1_1_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Target__KindAssignment_3_1_1_0_0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1"
    // InternalItup.g:3497:1: rule__Target__Group_3_1_1_0__1 : rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 ;
    public final void rule__Target__Group_3_1_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3501:1: ( rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 )
            // InternalItup.g:3502:2: rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2
            {
            pushFollow(FOLLOW_10);
            rule__Target__Group_3_1_1_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1__Impl"
    // InternalItup.g:3509:1: rule__Target__Group_3_1_1_0__1__Impl : ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3513:1: ( ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) )
            // InternalItup.g:3514:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            {
            // InternalItup.g:3514:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            // InternalItup.g:3515:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 
            // InternalItup.g:3516:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            // InternalItup.g:3516:3: rule__Target__ValueAssignment_3_1_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__ValueAssignment_3_1_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2"
    // InternalItup.g:3524:1: rule__Target__Group_3_1_1_0__2 : rule__Target__Group_3_1_1_0__2__Impl ;
    public final void rule__Target__Group_3_1_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3528:1: ( rule__Target__Group_3_1_1_0__2__Impl )
            // InternalItup.g:3529:2: rule__Target__Group_3_1_1_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2__Impl"
    // InternalItup.g:3535:1: rule__Target__Group_3_1_1_0__2__Impl : ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) ;
    public final void rule__Target__Group_3_1_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3539:1: ( ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) )
            // InternalItup.g:3540:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            {
            // InternalItup.g:3540:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            // InternalItup.g:3541:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            {
             before(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 
            // InternalItup.g:3542:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:3542:3: rule__Target__UnitAssignment_3_1_1_0_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnitAssignment_3_1_1_0_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__0"
    // InternalItup.g:3551:1: rule__Target__Group_3_1_3__0 : rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 ;
    public final void rule__Target__Group_3_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3555:1: ( rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 )
            // InternalItup.g:3556:2: rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1
            {
            pushFollow(FOLLOW_10);
            rule__Target__Group_3_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0"


    // $ANTLR start "rule__Target__Group_3_1_3__0__Impl"
    // InternalItup.g:3563:1: rule__Target__Group_3_1_3__0__Impl : ( 'population' ) ;
    public final void rule__Target__Group_3_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3567:1: ( ( 'population' ) )
            // InternalItup.g:3568:1: ( 'population' )
            {
            // InternalItup.g:3568:1: ( 'population' )
            // InternalItup.g:3569:2: 'population'
            {
             before(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__1"
    // InternalItup.g:3578:1: rule__Target__Group_3_1_3__1 : rule__Target__Group_3_1_3__1__Impl ;
    public final void rule__Target__Group_3_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3582:1: ( rule__Target__Group_3_1_3__1__Impl )
            // InternalItup.g:3583:2: rule__Target__Group_3_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1"


    // $ANTLR start "rule__Target__Group_3_1_3__1__Impl"
    // InternalItup.g:3589:1: rule__Target__Group_3_1_3__1__Impl : ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) ;
    public final void rule__Target__Group_3_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3593:1: ( ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) )
            // InternalItup.g:3594:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            {
            // InternalItup.g:3594:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            // InternalItup.g:3595:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            {
             before(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 
            // InternalItup.g:3596:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            // InternalItup.g:3596:3: rule__Target__PopulationAssignment_3_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__PopulationAssignment_3_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1__Impl"


    // $ANTLR start "rule__Baseline__Group__0"
    // InternalItup.g:3605:1: rule__Baseline__Group__0 : rule__Baseline__Group__0__Impl rule__Baseline__Group__1 ;
    public final void rule__Baseline__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3609:1: ( rule__Baseline__Group__0__Impl rule__Baseline__Group__1 )
            // InternalItup.g:3610:2: rule__Baseline__Group__0__Impl rule__Baseline__Group__1
            {
            pushFollow(FOLLOW_7);
            rule__Baseline__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0"


    // $ANTLR start "rule__Baseline__Group__0__Impl"
    // InternalItup.g:3617:1: rule__Baseline__Group__0__Impl : ( 'baseline' ) ;
    public final void rule__Baseline__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3621:1: ( ( 'baseline' ) )
            // InternalItup.g:3622:1: ( 'baseline' )
            {
            // InternalItup.g:3622:1: ( 'baseline' )
            // InternalItup.g:3623:2: 'baseline'
            {
             before(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0__Impl"


    // $ANTLR start "rule__Baseline__Group__1"
    // InternalItup.g:3632:1: rule__Baseline__Group__1 : rule__Baseline__Group__1__Impl rule__Baseline__Group__2 ;
    public final void rule__Baseline__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3636:1: ( rule__Baseline__Group__1__Impl rule__Baseline__Group__2 )
            // InternalItup.g:3637:2: rule__Baseline__Group__1__Impl rule__Baseline__Group__2
            {
            pushFollow(FOLLOW_25);
            rule__Baseline__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1"


    // $ANTLR start "rule__Baseline__Group__1__Impl"
    // InternalItup.g:3644:1: rule__Baseline__Group__1__Impl : ( ( rule__Baseline__YearAssignment_1 ) ) ;
    public final void rule__Baseline__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3648:1: ( ( ( rule__Baseline__YearAssignment_1 ) ) )
            // InternalItup.g:3649:1: ( ( rule__Baseline__YearAssignment_1 ) )
            {
            // InternalItup.g:3649:1: ( ( rule__Baseline__YearAssignment_1 ) )
            // InternalItup.g:3650:2: ( rule__Baseline__YearAssignment_1 )
            {
             before(grammarAccess.getBaselineAccess().getYearAssignment_1()); 
            // InternalItup.g:3651:2: ( rule__Baseline__YearAssignment_1 )
            // InternalItup.g:3651:3: rule__Baseline__YearAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__YearAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getYearAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1__Impl"


    // $ANTLR start "rule__Baseline__Group__2"
    // InternalItup.g:3659:1: rule__Baseline__Group__2 : rule__Baseline__Group__2__Impl ;
    public final void rule__Baseline__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3663:1: ( rule__Baseline__Group__2__Impl )
            // InternalItup.g:3664:2: rule__Baseline__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2"


    // $ANTLR start "rule__Baseline__Group__2__Impl"
    // InternalItup.g:3670:1: rule__Baseline__Group__2__Impl : ( ( rule__Baseline__Alternatives_2 )? ) ;
    public final void rule__Baseline__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3674:1: ( ( ( rule__Baseline__Alternatives_2 )? ) )
            // InternalItup.g:3675:1: ( ( rule__Baseline__Alternatives_2 )? )
            {
            // InternalItup.g:3675:1: ( ( rule__Baseline__Alternatives_2 )? )
            // InternalItup.g:3676:2: ( rule__Baseline__Alternatives_2 )?
            {
             before(grammarAccess.getBaselineAccess().getAlternatives_2()); 
            // InternalItup.g:3677:2: ( rule__Baseline__Alternatives_2 )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==48||LA43_0==76) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalItup.g:3677:3: rule__Baseline__Alternatives_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Alternatives_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getAlternatives_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__0"
    // InternalItup.g:3686:1: rule__Baseline__Group_2_1__0 : rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1 ;
    public final void rule__Baseline__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3690:1: ( rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1 )
            // InternalItup.g:3691:2: rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1
            {
            pushFollow(FOLLOW_7);
            rule__Baseline__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__0"


    // $ANTLR start "rule__Baseline__Group_2_1__0__Impl"
    // InternalItup.g:3698:1: rule__Baseline__Group_2_1__0__Impl : ( 'value' ) ;
    public final void rule__Baseline__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3702:1: ( ( 'value' ) )
            // InternalItup.g:3703:1: ( 'value' )
            {
            // InternalItup.g:3703:1: ( 'value' )
            // InternalItup.g:3704:2: 'value'
            {
             before(grammarAccess.getBaselineAccess().getValueKeyword_2_1_0()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getValueKeyword_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__0__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__1"
    // InternalItup.g:3713:1: rule__Baseline__Group_2_1__1 : rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2 ;
    public final void rule__Baseline__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3717:1: ( rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2 )
            // InternalItup.g:3718:2: rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2
            {
            pushFollow(FOLLOW_10);
            rule__Baseline__Group_2_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__1"


    // $ANTLR start "rule__Baseline__Group_2_1__1__Impl"
    // InternalItup.g:3725:1: rule__Baseline__Group_2_1__1__Impl : ( ( rule__Baseline__ValueAssignment_2_1_1 ) ) ;
    public final void rule__Baseline__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3729:1: ( ( ( rule__Baseline__ValueAssignment_2_1_1 ) ) )
            // InternalItup.g:3730:1: ( ( rule__Baseline__ValueAssignment_2_1_1 ) )
            {
            // InternalItup.g:3730:1: ( ( rule__Baseline__ValueAssignment_2_1_1 ) )
            // InternalItup.g:3731:2: ( rule__Baseline__ValueAssignment_2_1_1 )
            {
             before(grammarAccess.getBaselineAccess().getValueAssignment_2_1_1()); 
            // InternalItup.g:3732:2: ( rule__Baseline__ValueAssignment_2_1_1 )
            // InternalItup.g:3732:3: rule__Baseline__ValueAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__ValueAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getValueAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__1__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__2"
    // InternalItup.g:3740:1: rule__Baseline__Group_2_1__2 : rule__Baseline__Group_2_1__2__Impl ;
    public final void rule__Baseline__Group_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3744:1: ( rule__Baseline__Group_2_1__2__Impl )
            // InternalItup.g:3745:2: rule__Baseline__Group_2_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__2"


    // $ANTLR start "rule__Baseline__Group_2_1__2__Impl"
    // InternalItup.g:3751:1: rule__Baseline__Group_2_1__2__Impl : ( ( rule__Baseline__UnitAssignment_2_1_2 )? ) ;
    public final void rule__Baseline__Group_2_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3755:1: ( ( ( rule__Baseline__UnitAssignment_2_1_2 )? ) )
            // InternalItup.g:3756:1: ( ( rule__Baseline__UnitAssignment_2_1_2 )? )
            {
            // InternalItup.g:3756:1: ( ( rule__Baseline__UnitAssignment_2_1_2 )? )
            // InternalItup.g:3757:2: ( rule__Baseline__UnitAssignment_2_1_2 )?
            {
             before(grammarAccess.getBaselineAccess().getUnitAssignment_2_1_2()); 
            // InternalItup.g:3758:2: ( rule__Baseline__UnitAssignment_2_1_2 )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==RULE_STRING) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalItup.g:3758:3: rule__Baseline__UnitAssignment_2_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__UnitAssignment_2_1_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getUnitAssignment_2_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group__0"
    // InternalItup.g:3767:1: rule__SdgLink__Group__0 : rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 ;
    public final void rule__SdgLink__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3771:1: ( rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 )
            // InternalItup.g:3772:2: rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1
            {
            pushFollow(FOLLOW_26);
            rule__SdgLink__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0"


    // $ANTLR start "rule__SdgLink__Group__0__Impl"
    // InternalItup.g:3779:1: rule__SdgLink__Group__0__Impl : ( ( rule__SdgLink__TargetAssignment_0 ) ) ;
    public final void rule__SdgLink__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3783:1: ( ( ( rule__SdgLink__TargetAssignment_0 ) ) )
            // InternalItup.g:3784:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            {
            // InternalItup.g:3784:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            // InternalItup.g:3785:2: ( rule__SdgLink__TargetAssignment_0 )
            {
             before(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 
            // InternalItup.g:3786:2: ( rule__SdgLink__TargetAssignment_0 )
            // InternalItup.g:3786:3: rule__SdgLink__TargetAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__TargetAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0__Impl"


    // $ANTLR start "rule__SdgLink__Group__1"
    // InternalItup.g:3794:1: rule__SdgLink__Group__1 : rule__SdgLink__Group__1__Impl ;
    public final void rule__SdgLink__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3798:1: ( rule__SdgLink__Group__1__Impl )
            // InternalItup.g:3799:2: rule__SdgLink__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1"


    // $ANTLR start "rule__SdgLink__Group__1__Impl"
    // InternalItup.g:3805:1: rule__SdgLink__Group__1__Impl : ( ( rule__SdgLink__Group_1__0 )? ) ;
    public final void rule__SdgLink__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3809:1: ( ( ( rule__SdgLink__Group_1__0 )? ) )
            // InternalItup.g:3810:1: ( ( rule__SdgLink__Group_1__0 )? )
            {
            // InternalItup.g:3810:1: ( ( rule__SdgLink__Group_1__0 )? )
            // InternalItup.g:3811:2: ( rule__SdgLink__Group_1__0 )?
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1()); 
            // InternalItup.g:3812:2: ( rule__SdgLink__Group_1__0 )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==54) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalItup.g:3812:3: rule__SdgLink__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__SdgLink__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSdgLinkAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__0"
    // InternalItup.g:3821:1: rule__SdgLink__Group_1__0 : rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 ;
    public final void rule__SdgLink__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3825:1: ( rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 )
            // InternalItup.g:3826:2: rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__SdgLink__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0"


    // $ANTLR start "rule__SdgLink__Group_1__0__Impl"
    // InternalItup.g:3833:1: rule__SdgLink__Group_1__0__Impl : ( '(' ) ;
    public final void rule__SdgLink__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3837:1: ( ( '(' ) )
            // InternalItup.g:3838:1: ( '(' )
            {
            // InternalItup.g:3838:1: ( '(' )
            // InternalItup.g:3839:2: '('
            {
             before(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__1"
    // InternalItup.g:3848:1: rule__SdgLink__Group_1__1 : rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 ;
    public final void rule__SdgLink__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3852:1: ( rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 )
            // InternalItup.g:3853:2: rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2
            {
            pushFollow(FOLLOW_27);
            rule__SdgLink__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1"


    // $ANTLR start "rule__SdgLink__Group_1__1__Impl"
    // InternalItup.g:3860:1: rule__SdgLink__Group_1__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) ;
    public final void rule__SdgLink__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3864:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) )
            // InternalItup.g:3865:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            {
            // InternalItup.g:3865:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            // InternalItup.g:3866:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 
            // InternalItup.g:3867:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            // InternalItup.g:3867:3: rule__SdgLink__IndicatorsAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__2"
    // InternalItup.g:3875:1: rule__SdgLink__Group_1__2 : rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 ;
    public final void rule__SdgLink__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3879:1: ( rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 )
            // InternalItup.g:3880:2: rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3
            {
            pushFollow(FOLLOW_27);
            rule__SdgLink__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2"


    // $ANTLR start "rule__SdgLink__Group_1__2__Impl"
    // InternalItup.g:3887:1: rule__SdgLink__Group_1__2__Impl : ( ( rule__SdgLink__Group_1_2__0 )* ) ;
    public final void rule__SdgLink__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3891:1: ( ( ( rule__SdgLink__Group_1_2__0 )* ) )
            // InternalItup.g:3892:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            {
            // InternalItup.g:3892:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            // InternalItup.g:3893:2: ( rule__SdgLink__Group_1_2__0 )*
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 
            // InternalItup.g:3894:2: ( rule__SdgLink__Group_1_2__0 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==39) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalItup.g:3894:3: rule__SdgLink__Group_1_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__SdgLink__Group_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop46;
                }
            } while (true);

             after(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__3"
    // InternalItup.g:3902:1: rule__SdgLink__Group_1__3 : rule__SdgLink__Group_1__3__Impl ;
    public final void rule__SdgLink__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3906:1: ( rule__SdgLink__Group_1__3__Impl )
            // InternalItup.g:3907:2: rule__SdgLink__Group_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3"


    // $ANTLR start "rule__SdgLink__Group_1__3__Impl"
    // InternalItup.g:3913:1: rule__SdgLink__Group_1__3__Impl : ( ')' ) ;
    public final void rule__SdgLink__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3917:1: ( ( ')' ) )
            // InternalItup.g:3918:1: ( ')' )
            {
            // InternalItup.g:3918:1: ( ')' )
            // InternalItup.g:3919:2: ')'
            {
             before(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__0"
    // InternalItup.g:3929:1: rule__SdgLink__Group_1_2__0 : rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 ;
    public final void rule__SdgLink__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3933:1: ( rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 )
            // InternalItup.g:3934:2: rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1
            {
            pushFollow(FOLLOW_11);
            rule__SdgLink__Group_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0"


    // $ANTLR start "rule__SdgLink__Group_1_2__0__Impl"
    // InternalItup.g:3941:1: rule__SdgLink__Group_1_2__0__Impl : ( ',' ) ;
    public final void rule__SdgLink__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3945:1: ( ( ',' ) )
            // InternalItup.g:3946:1: ( ',' )
            {
            // InternalItup.g:3946:1: ( ',' )
            // InternalItup.g:3947:2: ','
            {
             before(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__1"
    // InternalItup.g:3956:1: rule__SdgLink__Group_1_2__1 : rule__SdgLink__Group_1_2__1__Impl ;
    public final void rule__SdgLink__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3960:1: ( rule__SdgLink__Group_1_2__1__Impl )
            // InternalItup.g:3961:2: rule__SdgLink__Group_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1"


    // $ANTLR start "rule__SdgLink__Group_1_2__1__Impl"
    // InternalItup.g:3967:1: rule__SdgLink__Group_1_2__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) ;
    public final void rule__SdgLink__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3971:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) )
            // InternalItup.g:3972:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            {
            // InternalItup.g:3972:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            // InternalItup.g:3973:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 
            // InternalItup.g:3974:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            // InternalItup.g:3974:3: rule__SdgLink__IndicatorsAssignment_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1__Impl"


    // $ANTLR start "rule__Sector__Group__0"
    // InternalItup.g:3983:1: rule__Sector__Group__0 : rule__Sector__Group__0__Impl rule__Sector__Group__1 ;
    public final void rule__Sector__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3987:1: ( rule__Sector__Group__0__Impl rule__Sector__Group__1 )
            // InternalItup.g:3988:2: rule__Sector__Group__0__Impl rule__Sector__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Sector__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0"


    // $ANTLR start "rule__Sector__Group__0__Impl"
    // InternalItup.g:3995:1: rule__Sector__Group__0__Impl : ( ( rule__Sector__KindAssignment_0 ) ) ;
    public final void rule__Sector__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3999:1: ( ( ( rule__Sector__KindAssignment_0 ) ) )
            // InternalItup.g:4000:1: ( ( rule__Sector__KindAssignment_0 ) )
            {
            // InternalItup.g:4000:1: ( ( rule__Sector__KindAssignment_0 ) )
            // InternalItup.g:4001:2: ( rule__Sector__KindAssignment_0 )
            {
             before(grammarAccess.getSectorAccess().getKindAssignment_0()); 
            // InternalItup.g:4002:2: ( rule__Sector__KindAssignment_0 )
            // InternalItup.g:4002:3: rule__Sector__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0__Impl"


    // $ANTLR start "rule__Sector__Group__1"
    // InternalItup.g:4010:1: rule__Sector__Group__1 : rule__Sector__Group__1__Impl rule__Sector__Group__2 ;
    public final void rule__Sector__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4014:1: ( rule__Sector__Group__1__Impl rule__Sector__Group__2 )
            // InternalItup.g:4015:2: rule__Sector__Group__1__Impl rule__Sector__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Sector__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1"


    // $ANTLR start "rule__Sector__Group__1__Impl"
    // InternalItup.g:4022:1: rule__Sector__Group__1__Impl : ( ( rule__Sector__NameAssignment_1 ) ) ;
    public final void rule__Sector__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4026:1: ( ( ( rule__Sector__NameAssignment_1 ) ) )
            // InternalItup.g:4027:1: ( ( rule__Sector__NameAssignment_1 ) )
            {
            // InternalItup.g:4027:1: ( ( rule__Sector__NameAssignment_1 ) )
            // InternalItup.g:4028:2: ( rule__Sector__NameAssignment_1 )
            {
             before(grammarAccess.getSectorAccess().getNameAssignment_1()); 
            // InternalItup.g:4029:2: ( rule__Sector__NameAssignment_1 )
            // InternalItup.g:4029:3: rule__Sector__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1__Impl"


    // $ANTLR start "rule__Sector__Group__2"
    // InternalItup.g:4037:1: rule__Sector__Group__2 : rule__Sector__Group__2__Impl rule__Sector__Group__3 ;
    public final void rule__Sector__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4041:1: ( rule__Sector__Group__2__Impl rule__Sector__Group__3 )
            // InternalItup.g:4042:2: rule__Sector__Group__2__Impl rule__Sector__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Sector__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2"


    // $ANTLR start "rule__Sector__Group__2__Impl"
    // InternalItup.g:4049:1: rule__Sector__Group__2__Impl : ( ( rule__Sector__TitleAssignment_2 )? ) ;
    public final void rule__Sector__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4053:1: ( ( ( rule__Sector__TitleAssignment_2 )? ) )
            // InternalItup.g:4054:1: ( ( rule__Sector__TitleAssignment_2 )? )
            {
            // InternalItup.g:4054:1: ( ( rule__Sector__TitleAssignment_2 )? )
            // InternalItup.g:4055:2: ( rule__Sector__TitleAssignment_2 )?
            {
             before(grammarAccess.getSectorAccess().getTitleAssignment_2()); 
            // InternalItup.g:4056:2: ( rule__Sector__TitleAssignment_2 )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==RULE_STRING) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalItup.g:4056:3: rule__Sector__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2__Impl"


    // $ANTLR start "rule__Sector__Group__3"
    // InternalItup.g:4064:1: rule__Sector__Group__3 : rule__Sector__Group__3__Impl rule__Sector__Group__4 ;
    public final void rule__Sector__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4068:1: ( rule__Sector__Group__3__Impl rule__Sector__Group__4 )
            // InternalItup.g:4069:2: rule__Sector__Group__3__Impl rule__Sector__Group__4
            {
            pushFollow(FOLLOW_28);
            rule__Sector__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3"


    // $ANTLR start "rule__Sector__Group__3__Impl"
    // InternalItup.g:4076:1: rule__Sector__Group__3__Impl : ( '{' ) ;
    public final void rule__Sector__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4080:1: ( ( '{' ) )
            // InternalItup.g:4081:1: ( '{' )
            {
            // InternalItup.g:4081:1: ( '{' )
            // InternalItup.g:4082:2: '{'
            {
             before(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3__Impl"


    // $ANTLR start "rule__Sector__Group__4"
    // InternalItup.g:4091:1: rule__Sector__Group__4 : rule__Sector__Group__4__Impl rule__Sector__Group__5 ;
    public final void rule__Sector__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4095:1: ( rule__Sector__Group__4__Impl rule__Sector__Group__5 )
            // InternalItup.g:4096:2: rule__Sector__Group__4__Impl rule__Sector__Group__5
            {
            pushFollow(FOLLOW_28);
            rule__Sector__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4"


    // $ANTLR start "rule__Sector__Group__4__Impl"
    // InternalItup.g:4103:1: rule__Sector__Group__4__Impl : ( ( rule__Sector__Group_4__0 )? ) ;
    public final void rule__Sector__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4107:1: ( ( ( rule__Sector__Group_4__0 )? ) )
            // InternalItup.g:4108:1: ( ( rule__Sector__Group_4__0 )? )
            {
            // InternalItup.g:4108:1: ( ( rule__Sector__Group_4__0 )? )
            // InternalItup.g:4109:2: ( rule__Sector__Group_4__0 )?
            {
             before(grammarAccess.getSectorAccess().getGroup_4()); 
            // InternalItup.g:4110:2: ( rule__Sector__Group_4__0 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==56) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalItup.g:4110:3: rule__Sector__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4__Impl"


    // $ANTLR start "rule__Sector__Group__5"
    // InternalItup.g:4118:1: rule__Sector__Group__5 : rule__Sector__Group__5__Impl rule__Sector__Group__6 ;
    public final void rule__Sector__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4122:1: ( rule__Sector__Group__5__Impl rule__Sector__Group__6 )
            // InternalItup.g:4123:2: rule__Sector__Group__5__Impl rule__Sector__Group__6
            {
            pushFollow(FOLLOW_28);
            rule__Sector__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5"


    // $ANTLR start "rule__Sector__Group__5__Impl"
    // InternalItup.g:4130:1: rule__Sector__Group__5__Impl : ( ( rule__Sector__Alternatives_5 )* ) ;
    public final void rule__Sector__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4134:1: ( ( ( rule__Sector__Alternatives_5 )* ) )
            // InternalItup.g:4135:1: ( ( rule__Sector__Alternatives_5 )* )
            {
            // InternalItup.g:4135:1: ( ( rule__Sector__Alternatives_5 )* )
            // InternalItup.g:4136:2: ( rule__Sector__Alternatives_5 )*
            {
             before(grammarAccess.getSectorAccess().getAlternatives_5()); 
            // InternalItup.g:4137:2: ( rule__Sector__Alternatives_5 )*
            loop49:
            do {
                int alt49=2;
                int LA49_0 = input.LA(1);

                if ( (LA49_0==57||LA49_0==65) ) {
                    alt49=1;
                }


                switch (alt49) {
            	case 1 :
            	    // InternalItup.g:4137:3: rule__Sector__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_29);
            	    rule__Sector__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop49;
                }
            } while (true);

             after(grammarAccess.getSectorAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5__Impl"


    // $ANTLR start "rule__Sector__Group__6"
    // InternalItup.g:4145:1: rule__Sector__Group__6 : rule__Sector__Group__6__Impl ;
    public final void rule__Sector__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4149:1: ( rule__Sector__Group__6__Impl )
            // InternalItup.g:4150:2: rule__Sector__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6"


    // $ANTLR start "rule__Sector__Group__6__Impl"
    // InternalItup.g:4156:1: rule__Sector__Group__6__Impl : ( '}' ) ;
    public final void rule__Sector__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4160:1: ( ( '}' ) )
            // InternalItup.g:4161:1: ( '}' )
            {
            // InternalItup.g:4161:1: ( '}' )
            // InternalItup.g:4162:2: '}'
            {
             before(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6__Impl"


    // $ANTLR start "rule__Sector__Group_4__0"
    // InternalItup.g:4172:1: rule__Sector__Group_4__0 : rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 ;
    public final void rule__Sector__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4176:1: ( rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 )
            // InternalItup.g:4177:2: rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1
            {
            pushFollow(FOLLOW_11);
            rule__Sector__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0"


    // $ANTLR start "rule__Sector__Group_4__0__Impl"
    // InternalItup.g:4184:1: rule__Sector__Group_4__0__Impl : ( 'bureau' ) ;
    public final void rule__Sector__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4188:1: ( ( 'bureau' ) )
            // InternalItup.g:4189:1: ( 'bureau' )
            {
            // InternalItup.g:4189:1: ( 'bureau' )
            // InternalItup.g:4190:2: 'bureau'
            {
             before(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0__Impl"


    // $ANTLR start "rule__Sector__Group_4__1"
    // InternalItup.g:4199:1: rule__Sector__Group_4__1 : rule__Sector__Group_4__1__Impl ;
    public final void rule__Sector__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4203:1: ( rule__Sector__Group_4__1__Impl )
            // InternalItup.g:4204:2: rule__Sector__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1"


    // $ANTLR start "rule__Sector__Group_4__1__Impl"
    // InternalItup.g:4210:1: rule__Sector__Group_4__1__Impl : ( ( rule__Sector__BureauAssignment_4_1 ) ) ;
    public final void rule__Sector__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4214:1: ( ( ( rule__Sector__BureauAssignment_4_1 ) ) )
            // InternalItup.g:4215:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            {
            // InternalItup.g:4215:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            // InternalItup.g:4216:2: ( rule__Sector__BureauAssignment_4_1 )
            {
             before(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 
            // InternalItup.g:4217:2: ( rule__Sector__BureauAssignment_4_1 )
            // InternalItup.g:4217:3: rule__Sector__BureauAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__BureauAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1__Impl"


    // $ANTLR start "rule__Bureau__Group__0"
    // InternalItup.g:4226:1: rule__Bureau__Group__0 : rule__Bureau__Group__0__Impl rule__Bureau__Group__1 ;
    public final void rule__Bureau__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4230:1: ( rule__Bureau__Group__0__Impl rule__Bureau__Group__1 )
            // InternalItup.g:4231:2: rule__Bureau__Group__0__Impl rule__Bureau__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__Bureau__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0"


    // $ANTLR start "rule__Bureau__Group__0__Impl"
    // InternalItup.g:4238:1: rule__Bureau__Group__0__Impl : ( ( rule__Bureau__NameAssignment_0 ) ) ;
    public final void rule__Bureau__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4242:1: ( ( ( rule__Bureau__NameAssignment_0 ) ) )
            // InternalItup.g:4243:1: ( ( rule__Bureau__NameAssignment_0 ) )
            {
            // InternalItup.g:4243:1: ( ( rule__Bureau__NameAssignment_0 ) )
            // InternalItup.g:4244:2: ( rule__Bureau__NameAssignment_0 )
            {
             before(grammarAccess.getBureauAccess().getNameAssignment_0()); 
            // InternalItup.g:4245:2: ( rule__Bureau__NameAssignment_0 )
            // InternalItup.g:4245:3: rule__Bureau__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0__Impl"


    // $ANTLR start "rule__Bureau__Group__1"
    // InternalItup.g:4253:1: rule__Bureau__Group__1 : rule__Bureau__Group__1__Impl ;
    public final void rule__Bureau__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4257:1: ( rule__Bureau__Group__1__Impl )
            // InternalItup.g:4258:2: rule__Bureau__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1"


    // $ANTLR start "rule__Bureau__Group__1__Impl"
    // InternalItup.g:4264:1: rule__Bureau__Group__1__Impl : ( ( rule__Bureau__TitleAssignment_1 )? ) ;
    public final void rule__Bureau__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4268:1: ( ( ( rule__Bureau__TitleAssignment_1 )? ) )
            // InternalItup.g:4269:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            {
            // InternalItup.g:4269:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            // InternalItup.g:4270:2: ( rule__Bureau__TitleAssignment_1 )?
            {
             before(grammarAccess.getBureauAccess().getTitleAssignment_1()); 
            // InternalItup.g:4271:2: ( rule__Bureau__TitleAssignment_1 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==RULE_STRING) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:4271:3: rule__Bureau__TitleAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Bureau__TitleAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBureauAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__0"
    // InternalItup.g:4280:1: rule__Objective__Group__0 : rule__Objective__Group__0__Impl rule__Objective__Group__1 ;
    public final void rule__Objective__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4284:1: ( rule__Objective__Group__0__Impl rule__Objective__Group__1 )
            // InternalItup.g:4285:2: rule__Objective__Group__0__Impl rule__Objective__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0"


    // $ANTLR start "rule__Objective__Group__0__Impl"
    // InternalItup.g:4292:1: rule__Objective__Group__0__Impl : ( 'objective' ) ;
    public final void rule__Objective__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4296:1: ( ( 'objective' ) )
            // InternalItup.g:4297:1: ( 'objective' )
            {
            // InternalItup.g:4297:1: ( 'objective' )
            // InternalItup.g:4298:2: 'objective'
            {
             before(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0__Impl"


    // $ANTLR start "rule__Objective__Group__1"
    // InternalItup.g:4307:1: rule__Objective__Group__1 : rule__Objective__Group__1__Impl rule__Objective__Group__2 ;
    public final void rule__Objective__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4311:1: ( rule__Objective__Group__1__Impl rule__Objective__Group__2 )
            // InternalItup.g:4312:2: rule__Objective__Group__1__Impl rule__Objective__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Objective__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1"


    // $ANTLR start "rule__Objective__Group__1__Impl"
    // InternalItup.g:4319:1: rule__Objective__Group__1__Impl : ( ( rule__Objective__NameAssignment_1 ) ) ;
    public final void rule__Objective__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4323:1: ( ( ( rule__Objective__NameAssignment_1 ) ) )
            // InternalItup.g:4324:1: ( ( rule__Objective__NameAssignment_1 ) )
            {
            // InternalItup.g:4324:1: ( ( rule__Objective__NameAssignment_1 ) )
            // InternalItup.g:4325:2: ( rule__Objective__NameAssignment_1 )
            {
             before(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 
            // InternalItup.g:4326:2: ( rule__Objective__NameAssignment_1 )
            // InternalItup.g:4326:3: rule__Objective__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__2"
    // InternalItup.g:4334:1: rule__Objective__Group__2 : rule__Objective__Group__2__Impl rule__Objective__Group__3 ;
    public final void rule__Objective__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4338:1: ( rule__Objective__Group__2__Impl rule__Objective__Group__3 )
            // InternalItup.g:4339:2: rule__Objective__Group__2__Impl rule__Objective__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Objective__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2"


    // $ANTLR start "rule__Objective__Group__2__Impl"
    // InternalItup.g:4346:1: rule__Objective__Group__2__Impl : ( ( rule__Objective__TitleAssignment_2 )? ) ;
    public final void rule__Objective__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4350:1: ( ( ( rule__Objective__TitleAssignment_2 )? ) )
            // InternalItup.g:4351:1: ( ( rule__Objective__TitleAssignment_2 )? )
            {
            // InternalItup.g:4351:1: ( ( rule__Objective__TitleAssignment_2 )? )
            // InternalItup.g:4352:2: ( rule__Objective__TitleAssignment_2 )?
            {
             before(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 
            // InternalItup.g:4353:2: ( rule__Objective__TitleAssignment_2 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==RULE_STRING) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalItup.g:4353:3: rule__Objective__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2__Impl"


    // $ANTLR start "rule__Objective__Group__3"
    // InternalItup.g:4361:1: rule__Objective__Group__3 : rule__Objective__Group__3__Impl rule__Objective__Group__4 ;
    public final void rule__Objective__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4365:1: ( rule__Objective__Group__3__Impl rule__Objective__Group__4 )
            // InternalItup.g:4366:2: rule__Objective__Group__3__Impl rule__Objective__Group__4
            {
            pushFollow(FOLLOW_30);
            rule__Objective__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3"


    // $ANTLR start "rule__Objective__Group__3__Impl"
    // InternalItup.g:4373:1: rule__Objective__Group__3__Impl : ( '{' ) ;
    public final void rule__Objective__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4377:1: ( ( '{' ) )
            // InternalItup.g:4378:1: ( '{' )
            {
            // InternalItup.g:4378:1: ( '{' )
            // InternalItup.g:4379:2: '{'
            {
             before(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3__Impl"


    // $ANTLR start "rule__Objective__Group__4"
    // InternalItup.g:4388:1: rule__Objective__Group__4 : rule__Objective__Group__4__Impl rule__Objective__Group__5 ;
    public final void rule__Objective__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4392:1: ( rule__Objective__Group__4__Impl rule__Objective__Group__5 )
            // InternalItup.g:4393:2: rule__Objective__Group__4__Impl rule__Objective__Group__5
            {
            pushFollow(FOLLOW_30);
            rule__Objective__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4"


    // $ANTLR start "rule__Objective__Group__4__Impl"
    // InternalItup.g:4400:1: rule__Objective__Group__4__Impl : ( ( rule__Objective__Group_4__0 )? ) ;
    public final void rule__Objective__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4404:1: ( ( ( rule__Objective__Group_4__0 )? ) )
            // InternalItup.g:4405:1: ( ( rule__Objective__Group_4__0 )? )
            {
            // InternalItup.g:4405:1: ( ( rule__Objective__Group_4__0 )? )
            // InternalItup.g:4406:2: ( rule__Objective__Group_4__0 )?
            {
             before(grammarAccess.getObjectiveAccess().getGroup_4()); 
            // InternalItup.g:4407:2: ( rule__Objective__Group_4__0 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==49) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalItup.g:4407:3: rule__Objective__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4__Impl"


    // $ANTLR start "rule__Objective__Group__5"
    // InternalItup.g:4415:1: rule__Objective__Group__5 : rule__Objective__Group__5__Impl rule__Objective__Group__6 ;
    public final void rule__Objective__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4419:1: ( rule__Objective__Group__5__Impl rule__Objective__Group__6 )
            // InternalItup.g:4420:2: rule__Objective__Group__5__Impl rule__Objective__Group__6
            {
            pushFollow(FOLLOW_30);
            rule__Objective__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5"


    // $ANTLR start "rule__Objective__Group__5__Impl"
    // InternalItup.g:4427:1: rule__Objective__Group__5__Impl : ( ( rule__Objective__Alternatives_5 )* ) ;
    public final void rule__Objective__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4431:1: ( ( ( rule__Objective__Alternatives_5 )* ) )
            // InternalItup.g:4432:1: ( ( rule__Objective__Alternatives_5 )* )
            {
            // InternalItup.g:4432:1: ( ( rule__Objective__Alternatives_5 )* )
            // InternalItup.g:4433:2: ( rule__Objective__Alternatives_5 )*
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5()); 
            // InternalItup.g:4434:2: ( rule__Objective__Alternatives_5 )*
            loop53:
            do {
                int alt53=2;
                int LA53_0 = input.LA(1);

                if ( (LA53_0==43||(LA53_0>=58 && LA53_0<=61)) ) {
                    alt53=1;
                }


                switch (alt53) {
            	case 1 :
            	    // InternalItup.g:4434:3: rule__Objective__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_31);
            	    rule__Objective__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop53;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5__Impl"


    // $ANTLR start "rule__Objective__Group__6"
    // InternalItup.g:4442:1: rule__Objective__Group__6 : rule__Objective__Group__6__Impl ;
    public final void rule__Objective__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4446:1: ( rule__Objective__Group__6__Impl )
            // InternalItup.g:4447:2: rule__Objective__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6"


    // $ANTLR start "rule__Objective__Group__6__Impl"
    // InternalItup.g:4453:1: rule__Objective__Group__6__Impl : ( '}' ) ;
    public final void rule__Objective__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4457:1: ( ( '}' ) )
            // InternalItup.g:4458:1: ( '}' )
            {
            // InternalItup.g:4458:1: ( '}' )
            // InternalItup.g:4459:2: '}'
            {
             before(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6__Impl"


    // $ANTLR start "rule__Objective__Group_4__0"
    // InternalItup.g:4469:1: rule__Objective__Group_4__0 : rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 ;
    public final void rule__Objective__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4473:1: ( rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 )
            // InternalItup.g:4474:2: rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Objective__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0"


    // $ANTLR start "rule__Objective__Group_4__0__Impl"
    // InternalItup.g:4481:1: rule__Objective__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Objective__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4485:1: ( ( 'statement' ) )
            // InternalItup.g:4486:1: ( 'statement' )
            {
            // InternalItup.g:4486:1: ( 'statement' )
            // InternalItup.g:4487:2: 'statement'
            {
             before(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0__Impl"


    // $ANTLR start "rule__Objective__Group_4__1"
    // InternalItup.g:4496:1: rule__Objective__Group_4__1 : rule__Objective__Group_4__1__Impl ;
    public final void rule__Objective__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4500:1: ( rule__Objective__Group_4__1__Impl )
            // InternalItup.g:4501:2: rule__Objective__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1"


    // $ANTLR start "rule__Objective__Group_4__1__Impl"
    // InternalItup.g:4507:1: rule__Objective__Group_4__1__Impl : ( ( rule__Objective__StatementAssignment_4_1 ) ) ;
    public final void rule__Objective__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4511:1: ( ( ( rule__Objective__StatementAssignment_4_1 ) ) )
            // InternalItup.g:4512:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:4512:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            // InternalItup.g:4513:2: ( rule__Objective__StatementAssignment_4_1 )
            {
             before(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:4514:2: ( rule__Objective__StatementAssignment_4_1 )
            // InternalItup.g:4514:3: rule__Objective__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__0"
    // InternalItup.g:4523:1: rule__Objective__Group_5_0__0 : rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 ;
    public final void rule__Objective__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4527:1: ( rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 )
            // InternalItup.g:4528:2: rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0"


    // $ANTLR start "rule__Objective__Group_5_0__0__Impl"
    // InternalItup.g:4535:1: rule__Objective__Group_5_0__0__Impl : ( 'primary' ) ;
    public final void rule__Objective__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4539:1: ( ( 'primary' ) )
            // InternalItup.g:4540:1: ( 'primary' )
            {
            // InternalItup.g:4540:1: ( 'primary' )
            // InternalItup.g:4541:2: 'primary'
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__1"
    // InternalItup.g:4550:1: rule__Objective__Group_5_0__1 : rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 ;
    public final void rule__Objective__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4554:1: ( rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 )
            // InternalItup.g:4555:2: rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1"


    // $ANTLR start "rule__Objective__Group_5_0__1__Impl"
    // InternalItup.g:4562:1: rule__Objective__Group_5_0__1__Impl : ( ( rule__Objective__Alternatives_5_0_1 ) ) ;
    public final void rule__Objective__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4566:1: ( ( ( rule__Objective__Alternatives_5_0_1 ) ) )
            // InternalItup.g:4567:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            {
            // InternalItup.g:4567:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            // InternalItup.g:4568:2: ( rule__Objective__Alternatives_5_0_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 
            // InternalItup.g:4569:2: ( rule__Objective__Alternatives_5_0_1 )
            // InternalItup.g:4569:3: rule__Objective__Alternatives_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__2"
    // InternalItup.g:4577:1: rule__Objective__Group_5_0__2 : rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 ;
    public final void rule__Objective__Group_5_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4581:1: ( rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 )
            // InternalItup.g:4582:2: rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_0__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2"


    // $ANTLR start "rule__Objective__Group_5_0__2__Impl"
    // InternalItup.g:4589:1: rule__Objective__Group_5_0__2__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) ;
    public final void rule__Objective__Group_5_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4593:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) )
            // InternalItup.g:4594:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            {
            // InternalItup.g:4594:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            // InternalItup.g:4595:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 
            // InternalItup.g:4596:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            // InternalItup.g:4596:3: rule__Objective__PrimaryGoalsAssignment_5_0_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__3"
    // InternalItup.g:4604:1: rule__Objective__Group_5_0__3 : rule__Objective__Group_5_0__3__Impl ;
    public final void rule__Objective__Group_5_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4608:1: ( rule__Objective__Group_5_0__3__Impl )
            // InternalItup.g:4609:2: rule__Objective__Group_5_0__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3"


    // $ANTLR start "rule__Objective__Group_5_0__3__Impl"
    // InternalItup.g:4615:1: rule__Objective__Group_5_0__3__Impl : ( ( rule__Objective__Group_5_0_3__0 )* ) ;
    public final void rule__Objective__Group_5_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4619:1: ( ( ( rule__Objective__Group_5_0_3__0 )* ) )
            // InternalItup.g:4620:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            {
            // InternalItup.g:4620:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            // InternalItup.g:4621:2: ( rule__Objective__Group_5_0_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 
            // InternalItup.g:4622:2: ( rule__Objective__Group_5_0_3__0 )*
            loop54:
            do {
                int alt54=2;
                int LA54_0 = input.LA(1);

                if ( (LA54_0==39) ) {
                    alt54=1;
                }


                switch (alt54) {
            	case 1 :
            	    // InternalItup.g:4622:3: rule__Objective__Group_5_0_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_0_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop54;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__0"
    // InternalItup.g:4631:1: rule__Objective__Group_5_0_3__0 : rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 ;
    public final void rule__Objective__Group_5_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4635:1: ( rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 )
            // InternalItup.g:4636:2: rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_0_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0"


    // $ANTLR start "rule__Objective__Group_5_0_3__0__Impl"
    // InternalItup.g:4643:1: rule__Objective__Group_5_0_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4647:1: ( ( ',' ) )
            // InternalItup.g:4648:1: ( ',' )
            {
            // InternalItup.g:4648:1: ( ',' )
            // InternalItup.g:4649:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__1"
    // InternalItup.g:4658:1: rule__Objective__Group_5_0_3__1 : rule__Objective__Group_5_0_3__1__Impl ;
    public final void rule__Objective__Group_5_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4662:1: ( rule__Objective__Group_5_0_3__1__Impl )
            // InternalItup.g:4663:2: rule__Objective__Group_5_0_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1"


    // $ANTLR start "rule__Objective__Group_5_0_3__1__Impl"
    // InternalItup.g:4669:1: rule__Objective__Group_5_0_3__1__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) ;
    public final void rule__Objective__Group_5_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4673:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) )
            // InternalItup.g:4674:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            {
            // InternalItup.g:4674:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            // InternalItup.g:4675:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 
            // InternalItup.g:4676:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            // InternalItup.g:4676:3: rule__Objective__PrimaryGoalsAssignment_5_0_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__0"
    // InternalItup.g:4685:1: rule__Objective__Group_5_1__0 : rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 ;
    public final void rule__Objective__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4689:1: ( rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 )
            // InternalItup.g:4690:2: rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0"


    // $ANTLR start "rule__Objective__Group_5_1__0__Impl"
    // InternalItup.g:4697:1: rule__Objective__Group_5_1__0__Impl : ( 'secondary' ) ;
    public final void rule__Objective__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4701:1: ( ( 'secondary' ) )
            // InternalItup.g:4702:1: ( 'secondary' )
            {
            // InternalItup.g:4702:1: ( 'secondary' )
            // InternalItup.g:4703:2: 'secondary'
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__1"
    // InternalItup.g:4712:1: rule__Objective__Group_5_1__1 : rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 ;
    public final void rule__Objective__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4716:1: ( rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 )
            // InternalItup.g:4717:2: rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1"


    // $ANTLR start "rule__Objective__Group_5_1__1__Impl"
    // InternalItup.g:4724:1: rule__Objective__Group_5_1__1__Impl : ( ( rule__Objective__Alternatives_5_1_1 ) ) ;
    public final void rule__Objective__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4728:1: ( ( ( rule__Objective__Alternatives_5_1_1 ) ) )
            // InternalItup.g:4729:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            {
            // InternalItup.g:4729:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            // InternalItup.g:4730:2: ( rule__Objective__Alternatives_5_1_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 
            // InternalItup.g:4731:2: ( rule__Objective__Alternatives_5_1_1 )
            // InternalItup.g:4731:3: rule__Objective__Alternatives_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__2"
    // InternalItup.g:4739:1: rule__Objective__Group_5_1__2 : rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 ;
    public final void rule__Objective__Group_5_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4743:1: ( rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 )
            // InternalItup.g:4744:2: rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2"


    // $ANTLR start "rule__Objective__Group_5_1__2__Impl"
    // InternalItup.g:4751:1: rule__Objective__Group_5_1__2__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) ;
    public final void rule__Objective__Group_5_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4755:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) )
            // InternalItup.g:4756:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            {
            // InternalItup.g:4756:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            // InternalItup.g:4757:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 
            // InternalItup.g:4758:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            // InternalItup.g:4758:3: rule__Objective__SecondaryGoalsAssignment_5_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__3"
    // InternalItup.g:4766:1: rule__Objective__Group_5_1__3 : rule__Objective__Group_5_1__3__Impl ;
    public final void rule__Objective__Group_5_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4770:1: ( rule__Objective__Group_5_1__3__Impl )
            // InternalItup.g:4771:2: rule__Objective__Group_5_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3"


    // $ANTLR start "rule__Objective__Group_5_1__3__Impl"
    // InternalItup.g:4777:1: rule__Objective__Group_5_1__3__Impl : ( ( rule__Objective__Group_5_1_3__0 )* ) ;
    public final void rule__Objective__Group_5_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4781:1: ( ( ( rule__Objective__Group_5_1_3__0 )* ) )
            // InternalItup.g:4782:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            {
            // InternalItup.g:4782:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            // InternalItup.g:4783:2: ( rule__Objective__Group_5_1_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 
            // InternalItup.g:4784:2: ( rule__Objective__Group_5_1_3__0 )*
            loop55:
            do {
                int alt55=2;
                int LA55_0 = input.LA(1);

                if ( (LA55_0==39) ) {
                    alt55=1;
                }


                switch (alt55) {
            	case 1 :
            	    // InternalItup.g:4784:3: rule__Objective__Group_5_1_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_1_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop55;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__0"
    // InternalItup.g:4793:1: rule__Objective__Group_5_1_3__0 : rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 ;
    public final void rule__Objective__Group_5_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4797:1: ( rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 )
            // InternalItup.g:4798:2: rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0"


    // $ANTLR start "rule__Objective__Group_5_1_3__0__Impl"
    // InternalItup.g:4805:1: rule__Objective__Group_5_1_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4809:1: ( ( ',' ) )
            // InternalItup.g:4810:1: ( ',' )
            {
            // InternalItup.g:4810:1: ( ',' )
            // InternalItup.g:4811:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__1"
    // InternalItup.g:4820:1: rule__Objective__Group_5_1_3__1 : rule__Objective__Group_5_1_3__1__Impl ;
    public final void rule__Objective__Group_5_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4824:1: ( rule__Objective__Group_5_1_3__1__Impl )
            // InternalItup.g:4825:2: rule__Objective__Group_5_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1"


    // $ANTLR start "rule__Objective__Group_5_1_3__1__Impl"
    // InternalItup.g:4831:1: rule__Objective__Group_5_1_3__1__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) ;
    public final void rule__Objective__Group_5_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4835:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) )
            // InternalItup.g:4836:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            {
            // InternalItup.g:4836:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            // InternalItup.g:4837:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 
            // InternalItup.g:4838:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            // InternalItup.g:4838:3: rule__Objective__SecondaryGoalsAssignment_5_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__0"
    // InternalItup.g:4847:1: rule__Objective__Group_5_2__0 : rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 ;
    public final void rule__Objective__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4851:1: ( rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 )
            // InternalItup.g:4852:2: rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0"


    // $ANTLR start "rule__Objective__Group_5_2__0__Impl"
    // InternalItup.g:4859:1: rule__Objective__Group_5_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Objective__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4863:1: ( ( 'wsis' ) )
            // InternalItup.g:4864:1: ( 'wsis' )
            {
            // InternalItup.g:4864:1: ( 'wsis' )
            // InternalItup.g:4865:2: 'wsis'
            {
             before(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__1"
    // InternalItup.g:4874:1: rule__Objective__Group_5_2__1 : rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 ;
    public final void rule__Objective__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4878:1: ( rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 )
            // InternalItup.g:4879:2: rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1"


    // $ANTLR start "rule__Objective__Group_5_2__1__Impl"
    // InternalItup.g:4886:1: rule__Objective__Group_5_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) ;
    public final void rule__Objective__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4890:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) )
            // InternalItup.g:4891:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            {
            // InternalItup.g:4891:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            // InternalItup.g:4892:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 
            // InternalItup.g:4893:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            // InternalItup.g:4893:3: rule__Objective__WsisActionLinesAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__2"
    // InternalItup.g:4901:1: rule__Objective__Group_5_2__2 : rule__Objective__Group_5_2__2__Impl ;
    public final void rule__Objective__Group_5_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4905:1: ( rule__Objective__Group_5_2__2__Impl )
            // InternalItup.g:4906:2: rule__Objective__Group_5_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2"


    // $ANTLR start "rule__Objective__Group_5_2__2__Impl"
    // InternalItup.g:4912:1: rule__Objective__Group_5_2__2__Impl : ( ( rule__Objective__Group_5_2_2__0 )* ) ;
    public final void rule__Objective__Group_5_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4916:1: ( ( ( rule__Objective__Group_5_2_2__0 )* ) )
            // InternalItup.g:4917:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            {
            // InternalItup.g:4917:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            // InternalItup.g:4918:2: ( rule__Objective__Group_5_2_2__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 
            // InternalItup.g:4919:2: ( rule__Objective__Group_5_2_2__0 )*
            loop56:
            do {
                int alt56=2;
                int LA56_0 = input.LA(1);

                if ( (LA56_0==39) ) {
                    alt56=1;
                }


                switch (alt56) {
            	case 1 :
            	    // InternalItup.g:4919:3: rule__Objective__Group_5_2_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop56;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__0"
    // InternalItup.g:4928:1: rule__Objective__Group_5_2_2__0 : rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 ;
    public final void rule__Objective__Group_5_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4932:1: ( rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 )
            // InternalItup.g:4933:2: rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0"


    // $ANTLR start "rule__Objective__Group_5_2_2__0__Impl"
    // InternalItup.g:4940:1: rule__Objective__Group_5_2_2__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4944:1: ( ( ',' ) )
            // InternalItup.g:4945:1: ( ',' )
            {
            // InternalItup.g:4945:1: ( ',' )
            // InternalItup.g:4946:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__1"
    // InternalItup.g:4955:1: rule__Objective__Group_5_2_2__1 : rule__Objective__Group_5_2_2__1__Impl ;
    public final void rule__Objective__Group_5_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4959:1: ( rule__Objective__Group_5_2_2__1__Impl )
            // InternalItup.g:4960:2: rule__Objective__Group_5_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1"


    // $ANTLR start "rule__Objective__Group_5_2_2__1__Impl"
    // InternalItup.g:4966:1: rule__Objective__Group_5_2_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) ;
    public final void rule__Objective__Group_5_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4970:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) )
            // InternalItup.g:4971:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            {
            // InternalItup.g:4971:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            // InternalItup.g:4972:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 
            // InternalItup.g:4973:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            // InternalItup.g:4973:3: rule__Objective__WsisActionLinesAssignment_5_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1__Impl"


    // $ANTLR start "rule__Outcome__Group__0"
    // InternalItup.g:4982:1: rule__Outcome__Group__0 : rule__Outcome__Group__0__Impl rule__Outcome__Group__1 ;
    public final void rule__Outcome__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4986:1: ( rule__Outcome__Group__0__Impl rule__Outcome__Group__1 )
            // InternalItup.g:4987:2: rule__Outcome__Group__0__Impl rule__Outcome__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Outcome__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0"


    // $ANTLR start "rule__Outcome__Group__0__Impl"
    // InternalItup.g:4994:1: rule__Outcome__Group__0__Impl : ( 'outcome' ) ;
    public final void rule__Outcome__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4998:1: ( ( 'outcome' ) )
            // InternalItup.g:4999:1: ( 'outcome' )
            {
            // InternalItup.g:4999:1: ( 'outcome' )
            // InternalItup.g:5000:2: 'outcome'
            {
             before(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0__Impl"


    // $ANTLR start "rule__Outcome__Group__1"
    // InternalItup.g:5009:1: rule__Outcome__Group__1 : rule__Outcome__Group__1__Impl rule__Outcome__Group__2 ;
    public final void rule__Outcome__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5013:1: ( rule__Outcome__Group__1__Impl rule__Outcome__Group__2 )
            // InternalItup.g:5014:2: rule__Outcome__Group__1__Impl rule__Outcome__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Outcome__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1"


    // $ANTLR start "rule__Outcome__Group__1__Impl"
    // InternalItup.g:5021:1: rule__Outcome__Group__1__Impl : ( ( rule__Outcome__NameAssignment_1 ) ) ;
    public final void rule__Outcome__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5025:1: ( ( ( rule__Outcome__NameAssignment_1 ) ) )
            // InternalItup.g:5026:1: ( ( rule__Outcome__NameAssignment_1 ) )
            {
            // InternalItup.g:5026:1: ( ( rule__Outcome__NameAssignment_1 ) )
            // InternalItup.g:5027:2: ( rule__Outcome__NameAssignment_1 )
            {
             before(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 
            // InternalItup.g:5028:2: ( rule__Outcome__NameAssignment_1 )
            // InternalItup.g:5028:3: rule__Outcome__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1__Impl"


    // $ANTLR start "rule__Outcome__Group__2"
    // InternalItup.g:5036:1: rule__Outcome__Group__2 : rule__Outcome__Group__2__Impl rule__Outcome__Group__3 ;
    public final void rule__Outcome__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5040:1: ( rule__Outcome__Group__2__Impl rule__Outcome__Group__3 )
            // InternalItup.g:5041:2: rule__Outcome__Group__2__Impl rule__Outcome__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Outcome__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2"


    // $ANTLR start "rule__Outcome__Group__2__Impl"
    // InternalItup.g:5048:1: rule__Outcome__Group__2__Impl : ( ( rule__Outcome__StatementAssignment_2 )? ) ;
    public final void rule__Outcome__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5052:1: ( ( ( rule__Outcome__StatementAssignment_2 )? ) )
            // InternalItup.g:5053:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            {
            // InternalItup.g:5053:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            // InternalItup.g:5054:2: ( rule__Outcome__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 
            // InternalItup.g:5055:2: ( rule__Outcome__StatementAssignment_2 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==RULE_STRING) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalItup.g:5055:3: rule__Outcome__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2__Impl"


    // $ANTLR start "rule__Outcome__Group__3"
    // InternalItup.g:5063:1: rule__Outcome__Group__3 : rule__Outcome__Group__3__Impl ;
    public final void rule__Outcome__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5067:1: ( rule__Outcome__Group__3__Impl )
            // InternalItup.g:5068:2: rule__Outcome__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3"


    // $ANTLR start "rule__Outcome__Group__3__Impl"
    // InternalItup.g:5074:1: rule__Outcome__Group__3__Impl : ( ( rule__Outcome__Group_3__0 )? ) ;
    public final void rule__Outcome__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5078:1: ( ( ( rule__Outcome__Group_3__0 )? ) )
            // InternalItup.g:5079:1: ( ( rule__Outcome__Group_3__0 )? )
            {
            // InternalItup.g:5079:1: ( ( rule__Outcome__Group_3__0 )? )
            // InternalItup.g:5080:2: ( rule__Outcome__Group_3__0 )?
            {
             before(grammarAccess.getOutcomeAccess().getGroup_3()); 
            // InternalItup.g:5081:2: ( rule__Outcome__Group_3__0 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==41) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:5081:3: rule__Outcome__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3__Impl"


    // $ANTLR start "rule__Outcome__Group_3__0"
    // InternalItup.g:5090:1: rule__Outcome__Group_3__0 : rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 ;
    public final void rule__Outcome__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5094:1: ( rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 )
            // InternalItup.g:5095:2: rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1
            {
            pushFollow(FOLLOW_23);
            rule__Outcome__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0"


    // $ANTLR start "rule__Outcome__Group_3__0__Impl"
    // InternalItup.g:5102:1: rule__Outcome__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Outcome__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5106:1: ( ( '{' ) )
            // InternalItup.g:5107:1: ( '{' )
            {
            // InternalItup.g:5107:1: ( '{' )
            // InternalItup.g:5108:2: '{'
            {
             before(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0__Impl"


    // $ANTLR start "rule__Outcome__Group_3__1"
    // InternalItup.g:5117:1: rule__Outcome__Group_3__1 : rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 ;
    public final void rule__Outcome__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5121:1: ( rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 )
            // InternalItup.g:5122:2: rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2
            {
            pushFollow(FOLLOW_23);
            rule__Outcome__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1"


    // $ANTLR start "rule__Outcome__Group_3__1__Impl"
    // InternalItup.g:5129:1: rule__Outcome__Group_3__1__Impl : ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Outcome__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5133:1: ( ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:5134:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:5134:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:5135:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:5136:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            loop59:
            do {
                int alt59=2;
                int LA59_0 = input.LA(1);

                if ( (LA59_0==62) ) {
                    alt59=1;
                }


                switch (alt59) {
            	case 1 :
            	    // InternalItup.g:5136:3: rule__Outcome__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__Outcome__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop59;
                }
            } while (true);

             after(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1__Impl"


    // $ANTLR start "rule__Outcome__Group_3__2"
    // InternalItup.g:5144:1: rule__Outcome__Group_3__2 : rule__Outcome__Group_3__2__Impl ;
    public final void rule__Outcome__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5148:1: ( rule__Outcome__Group_3__2__Impl )
            // InternalItup.g:5149:2: rule__Outcome__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2"


    // $ANTLR start "rule__Outcome__Group_3__2__Impl"
    // InternalItup.g:5155:1: rule__Outcome__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Outcome__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5159:1: ( ( '}' ) )
            // InternalItup.g:5160:1: ( '}' )
            {
            // InternalItup.g:5160:1: ( '}' )
            // InternalItup.g:5161:2: '}'
            {
             before(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2__Impl"


    // $ANTLR start "rule__Output__Group__0"
    // InternalItup.g:5171:1: rule__Output__Group__0 : rule__Output__Group__0__Impl rule__Output__Group__1 ;
    public final void rule__Output__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5175:1: ( rule__Output__Group__0__Impl rule__Output__Group__1 )
            // InternalItup.g:5176:2: rule__Output__Group__0__Impl rule__Output__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Output__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0"


    // $ANTLR start "rule__Output__Group__0__Impl"
    // InternalItup.g:5183:1: rule__Output__Group__0__Impl : ( 'output' ) ;
    public final void rule__Output__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5187:1: ( ( 'output' ) )
            // InternalItup.g:5188:1: ( 'output' )
            {
            // InternalItup.g:5188:1: ( 'output' )
            // InternalItup.g:5189:2: 'output'
            {
             before(grammarAccess.getOutputAccess().getOutputKeyword_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getOutputKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0__Impl"


    // $ANTLR start "rule__Output__Group__1"
    // InternalItup.g:5198:1: rule__Output__Group__1 : rule__Output__Group__1__Impl rule__Output__Group__2 ;
    public final void rule__Output__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5202:1: ( rule__Output__Group__1__Impl rule__Output__Group__2 )
            // InternalItup.g:5203:2: rule__Output__Group__1__Impl rule__Output__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Output__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1"


    // $ANTLR start "rule__Output__Group__1__Impl"
    // InternalItup.g:5210:1: rule__Output__Group__1__Impl : ( ( rule__Output__NameAssignment_1 ) ) ;
    public final void rule__Output__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5214:1: ( ( ( rule__Output__NameAssignment_1 ) ) )
            // InternalItup.g:5215:1: ( ( rule__Output__NameAssignment_1 ) )
            {
            // InternalItup.g:5215:1: ( ( rule__Output__NameAssignment_1 ) )
            // InternalItup.g:5216:2: ( rule__Output__NameAssignment_1 )
            {
             before(grammarAccess.getOutputAccess().getNameAssignment_1()); 
            // InternalItup.g:5217:2: ( rule__Output__NameAssignment_1 )
            // InternalItup.g:5217:3: rule__Output__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Output__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1__Impl"


    // $ANTLR start "rule__Output__Group__2"
    // InternalItup.g:5225:1: rule__Output__Group__2 : rule__Output__Group__2__Impl rule__Output__Group__3 ;
    public final void rule__Output__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5229:1: ( rule__Output__Group__2__Impl rule__Output__Group__3 )
            // InternalItup.g:5230:2: rule__Output__Group__2__Impl rule__Output__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Output__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2"


    // $ANTLR start "rule__Output__Group__2__Impl"
    // InternalItup.g:5237:1: rule__Output__Group__2__Impl : ( ( rule__Output__StatementAssignment_2 )? ) ;
    public final void rule__Output__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5241:1: ( ( ( rule__Output__StatementAssignment_2 )? ) )
            // InternalItup.g:5242:1: ( ( rule__Output__StatementAssignment_2 )? )
            {
            // InternalItup.g:5242:1: ( ( rule__Output__StatementAssignment_2 )? )
            // InternalItup.g:5243:2: ( rule__Output__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutputAccess().getStatementAssignment_2()); 
            // InternalItup.g:5244:2: ( rule__Output__StatementAssignment_2 )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==RULE_STRING) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:5244:3: rule__Output__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2__Impl"


    // $ANTLR start "rule__Output__Group__3"
    // InternalItup.g:5252:1: rule__Output__Group__3 : rule__Output__Group__3__Impl ;
    public final void rule__Output__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5256:1: ( rule__Output__Group__3__Impl )
            // InternalItup.g:5257:2: rule__Output__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3"


    // $ANTLR start "rule__Output__Group__3__Impl"
    // InternalItup.g:5263:1: rule__Output__Group__3__Impl : ( ( rule__Output__Group_3__0 )? ) ;
    public final void rule__Output__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5267:1: ( ( ( rule__Output__Group_3__0 )? ) )
            // InternalItup.g:5268:1: ( ( rule__Output__Group_3__0 )? )
            {
            // InternalItup.g:5268:1: ( ( rule__Output__Group_3__0 )? )
            // InternalItup.g:5269:2: ( rule__Output__Group_3__0 )?
            {
             before(grammarAccess.getOutputAccess().getGroup_3()); 
            // InternalItup.g:5270:2: ( rule__Output__Group_3__0 )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==41) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:5270:3: rule__Output__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3__Impl"


    // $ANTLR start "rule__Output__Group_3__0"
    // InternalItup.g:5279:1: rule__Output__Group_3__0 : rule__Output__Group_3__0__Impl rule__Output__Group_3__1 ;
    public final void rule__Output__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5283:1: ( rule__Output__Group_3__0__Impl rule__Output__Group_3__1 )
            // InternalItup.g:5284:2: rule__Output__Group_3__0__Impl rule__Output__Group_3__1
            {
            pushFollow(FOLLOW_23);
            rule__Output__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0"


    // $ANTLR start "rule__Output__Group_3__0__Impl"
    // InternalItup.g:5291:1: rule__Output__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Output__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5295:1: ( ( '{' ) )
            // InternalItup.g:5296:1: ( '{' )
            {
            // InternalItup.g:5296:1: ( '{' )
            // InternalItup.g:5297:2: '{'
            {
             before(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0__Impl"


    // $ANTLR start "rule__Output__Group_3__1"
    // InternalItup.g:5306:1: rule__Output__Group_3__1 : rule__Output__Group_3__1__Impl rule__Output__Group_3__2 ;
    public final void rule__Output__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5310:1: ( rule__Output__Group_3__1__Impl rule__Output__Group_3__2 )
            // InternalItup.g:5311:2: rule__Output__Group_3__1__Impl rule__Output__Group_3__2
            {
            pushFollow(FOLLOW_23);
            rule__Output__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1"


    // $ANTLR start "rule__Output__Group_3__1__Impl"
    // InternalItup.g:5318:1: rule__Output__Group_3__1__Impl : ( ( rule__Output__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Output__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5322:1: ( ( ( rule__Output__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:5323:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:5323:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:5324:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:5325:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            loop62:
            do {
                int alt62=2;
                int LA62_0 = input.LA(1);

                if ( (LA62_0==62) ) {
                    alt62=1;
                }


                switch (alt62) {
            	case 1 :
            	    // InternalItup.g:5325:3: rule__Output__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__Output__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop62;
                }
            } while (true);

             after(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1__Impl"


    // $ANTLR start "rule__Output__Group_3__2"
    // InternalItup.g:5333:1: rule__Output__Group_3__2 : rule__Output__Group_3__2__Impl ;
    public final void rule__Output__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5337:1: ( rule__Output__Group_3__2__Impl )
            // InternalItup.g:5338:2: rule__Output__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2"


    // $ANTLR start "rule__Output__Group_3__2__Impl"
    // InternalItup.g:5344:1: rule__Output__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Output__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5348:1: ( ( '}' ) )
            // InternalItup.g:5349:1: ( '}' )
            {
            // InternalItup.g:5349:1: ( '}' )
            // InternalItup.g:5350:2: '}'
            {
             before(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__0"
    // InternalItup.g:5360:1: rule__PerformanceIndicator__Group__0 : rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 ;
    public final void rule__PerformanceIndicator__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5364:1: ( rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 )
            // InternalItup.g:5365:2: rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__PerformanceIndicator__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0"


    // $ANTLR start "rule__PerformanceIndicator__Group__0__Impl"
    // InternalItup.g:5372:1: rule__PerformanceIndicator__Group__0__Impl : ( 'indicator' ) ;
    public final void rule__PerformanceIndicator__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5376:1: ( ( 'indicator' ) )
            // InternalItup.g:5377:1: ( 'indicator' )
            {
            // InternalItup.g:5377:1: ( 'indicator' )
            // InternalItup.g:5378:2: 'indicator'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__1"
    // InternalItup.g:5387:1: rule__PerformanceIndicator__Group__1 : rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 ;
    public final void rule__PerformanceIndicator__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5391:1: ( rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 )
            // InternalItup.g:5392:2: rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__PerformanceIndicator__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1"


    // $ANTLR start "rule__PerformanceIndicator__Group__1__Impl"
    // InternalItup.g:5399:1: rule__PerformanceIndicator__Group__1__Impl : ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) ;
    public final void rule__PerformanceIndicator__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5403:1: ( ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) )
            // InternalItup.g:5404:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            {
            // InternalItup.g:5404:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            // InternalItup.g:5405:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 
            // InternalItup.g:5406:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            // InternalItup.g:5406:3: rule__PerformanceIndicator__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__2"
    // InternalItup.g:5414:1: rule__PerformanceIndicator__Group__2 : rule__PerformanceIndicator__Group__2__Impl ;
    public final void rule__PerformanceIndicator__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5418:1: ( rule__PerformanceIndicator__Group__2__Impl )
            // InternalItup.g:5419:2: rule__PerformanceIndicator__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2"


    // $ANTLR start "rule__PerformanceIndicator__Group__2__Impl"
    // InternalItup.g:5425:1: rule__PerformanceIndicator__Group__2__Impl : ( ( rule__PerformanceIndicator__Group_2__0 )? ) ;
    public final void rule__PerformanceIndicator__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5429:1: ( ( ( rule__PerformanceIndicator__Group_2__0 )? ) )
            // InternalItup.g:5430:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            {
            // InternalItup.g:5430:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            // InternalItup.g:5431:2: ( rule__PerformanceIndicator__Group_2__0 )?
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 
            // InternalItup.g:5432:2: ( rule__PerformanceIndicator__Group_2__0 )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( (LA63_0==41) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalItup.g:5432:3: rule__PerformanceIndicator__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0"
    // InternalItup.g:5441:1: rule__PerformanceIndicator__Group_2__0 : rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 ;
    public final void rule__PerformanceIndicator__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5445:1: ( rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 )
            // InternalItup.g:5446:2: rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1
            {
            pushFollow(FOLLOW_33);
            rule__PerformanceIndicator__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0__Impl"
    // InternalItup.g:5453:1: rule__PerformanceIndicator__Group_2__0__Impl : ( '{' ) ;
    public final void rule__PerformanceIndicator__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5457:1: ( ( '{' ) )
            // InternalItup.g:5458:1: ( '{' )
            {
            // InternalItup.g:5458:1: ( '{' )
            // InternalItup.g:5459:2: '{'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1"
    // InternalItup.g:5468:1: rule__PerformanceIndicator__Group_2__1 : rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 ;
    public final void rule__PerformanceIndicator__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5472:1: ( rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 )
            // InternalItup.g:5473:2: rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2
            {
            pushFollow(FOLLOW_34);
            rule__PerformanceIndicator__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1__Impl"
    // InternalItup.g:5480:1: rule__PerformanceIndicator__Group_2__1__Impl : ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5484:1: ( ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) )
            // InternalItup.g:5485:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            {
            // InternalItup.g:5485:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            // InternalItup.g:5486:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 
            // InternalItup.g:5487:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            // InternalItup.g:5487:3: rule__PerformanceIndicator__UnorderedGroup_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2"
    // InternalItup.g:5495:1: rule__PerformanceIndicator__Group_2__2 : rule__PerformanceIndicator__Group_2__2__Impl ;
    public final void rule__PerformanceIndicator__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5499:1: ( rule__PerformanceIndicator__Group_2__2__Impl )
            // InternalItup.g:5500:2: rule__PerformanceIndicator__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2__Impl"
    // InternalItup.g:5506:1: rule__PerformanceIndicator__Group_2__2__Impl : ( '}' ) ;
    public final void rule__PerformanceIndicator__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5510:1: ( ( '}' ) )
            // InternalItup.g:5511:1: ( '}' )
            {
            // InternalItup.g:5511:1: ( '}' )
            // InternalItup.g:5512:2: '}'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0"
    // InternalItup.g:5522:1: rule__PerformanceIndicator__Group_2_1_0__0 : rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5526:1: ( rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 )
            // InternalItup.g:5527:2: rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1
            {
            pushFollow(FOLLOW_10);
            rule__PerformanceIndicator__Group_2_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0__Impl"
    // InternalItup.g:5534:1: rule__PerformanceIndicator__Group_2_1_0__0__Impl : ( 'unit' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5538:1: ( ( 'unit' ) )
            // InternalItup.g:5539:1: ( 'unit' )
            {
            // InternalItup.g:5539:1: ( 'unit' )
            // InternalItup.g:5540:2: 'unit'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1"
    // InternalItup.g:5549:1: rule__PerformanceIndicator__Group_2_1_0__1 : rule__PerformanceIndicator__Group_2_1_0__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5553:1: ( rule__PerformanceIndicator__Group_2_1_0__1__Impl )
            // InternalItup.g:5554:2: rule__PerformanceIndicator__Group_2_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1__Impl"
    // InternalItup.g:5560:1: rule__PerformanceIndicator__Group_2_1_0__1__Impl : ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5564:1: ( ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) )
            // InternalItup.g:5565:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            {
            // InternalItup.g:5565:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            // InternalItup.g:5566:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 
            // InternalItup.g:5567:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            // InternalItup.g:5567:3: rule__PerformanceIndicator__UnitAssignment_2_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnitAssignment_2_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0"
    // InternalItup.g:5576:1: rule__PerformanceIndicator__Group_2_1_2__0 : rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5580:1: ( rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 )
            // InternalItup.g:5581:2: rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1
            {
            pushFollow(FOLLOW_7);
            rule__PerformanceIndicator__Group_2_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0__Impl"
    // InternalItup.g:5588:1: rule__PerformanceIndicator__Group_2_1_2__0__Impl : ( 'target' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5592:1: ( ( 'target' ) )
            // InternalItup.g:5593:1: ( 'target' )
            {
            // InternalItup.g:5593:1: ( 'target' )
            // InternalItup.g:5594:2: 'target'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1"
    // InternalItup.g:5603:1: rule__PerformanceIndicator__Group_2_1_2__1 : rule__PerformanceIndicator__Group_2_1_2__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5607:1: ( rule__PerformanceIndicator__Group_2_1_2__1__Impl )
            // InternalItup.g:5608:2: rule__PerformanceIndicator__Group_2_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1__Impl"
    // InternalItup.g:5614:1: rule__PerformanceIndicator__Group_2_1_2__1__Impl : ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5618:1: ( ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) )
            // InternalItup.g:5619:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            {
            // InternalItup.g:5619:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            // InternalItup.g:5620:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 
            // InternalItup.g:5621:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            // InternalItup.g:5621:3: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0"
    // InternalItup.g:5630:1: rule__PerformanceIndicator__Group_2_1_3__0 : rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5634:1: ( rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 )
            // InternalItup.g:5635:2: rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1
            {
            pushFollow(FOLLOW_35);
            rule__PerformanceIndicator__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0__Impl"
    // InternalItup.g:5642:1: rule__PerformanceIndicator__Group_2_1_3__0__Impl : ( 'direction' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5646:1: ( ( 'direction' ) )
            // InternalItup.g:5647:1: ( 'direction' )
            {
            // InternalItup.g:5647:1: ( 'direction' )
            // InternalItup.g:5648:2: 'direction'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1"
    // InternalItup.g:5657:1: rule__PerformanceIndicator__Group_2_1_3__1 : rule__PerformanceIndicator__Group_2_1_3__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5661:1: ( rule__PerformanceIndicator__Group_2_1_3__1__Impl )
            // InternalItup.g:5662:2: rule__PerformanceIndicator__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1__Impl"
    // InternalItup.g:5668:1: rule__PerformanceIndicator__Group_2_1_3__1__Impl : ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5672:1: ( ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) )
            // InternalItup.g:5673:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            {
            // InternalItup.g:5673:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            // InternalItup.g:5674:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 
            // InternalItup.g:5675:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            // InternalItup.g:5675:3: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__DirectionAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__Enabler__Group__0"
    // InternalItup.g:5684:1: rule__Enabler__Group__0 : rule__Enabler__Group__0__Impl rule__Enabler__Group__1 ;
    public final void rule__Enabler__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5688:1: ( rule__Enabler__Group__0__Impl rule__Enabler__Group__1 )
            // InternalItup.g:5689:2: rule__Enabler__Group__0__Impl rule__Enabler__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0"


    // $ANTLR start "rule__Enabler__Group__0__Impl"
    // InternalItup.g:5696:1: rule__Enabler__Group__0__Impl : ( 'enabler' ) ;
    public final void rule__Enabler__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5700:1: ( ( 'enabler' ) )
            // InternalItup.g:5701:1: ( 'enabler' )
            {
            // InternalItup.g:5701:1: ( 'enabler' )
            // InternalItup.g:5702:2: 'enabler'
            {
             before(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0__Impl"


    // $ANTLR start "rule__Enabler__Group__1"
    // InternalItup.g:5711:1: rule__Enabler__Group__1 : rule__Enabler__Group__1__Impl rule__Enabler__Group__2 ;
    public final void rule__Enabler__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5715:1: ( rule__Enabler__Group__1__Impl rule__Enabler__Group__2 )
            // InternalItup.g:5716:2: rule__Enabler__Group__1__Impl rule__Enabler__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Enabler__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1"


    // $ANTLR start "rule__Enabler__Group__1__Impl"
    // InternalItup.g:5723:1: rule__Enabler__Group__1__Impl : ( ( rule__Enabler__NameAssignment_1 ) ) ;
    public final void rule__Enabler__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5727:1: ( ( ( rule__Enabler__NameAssignment_1 ) ) )
            // InternalItup.g:5728:1: ( ( rule__Enabler__NameAssignment_1 ) )
            {
            // InternalItup.g:5728:1: ( ( rule__Enabler__NameAssignment_1 ) )
            // InternalItup.g:5729:2: ( rule__Enabler__NameAssignment_1 )
            {
             before(grammarAccess.getEnablerAccess().getNameAssignment_1()); 
            // InternalItup.g:5730:2: ( rule__Enabler__NameAssignment_1 )
            // InternalItup.g:5730:3: rule__Enabler__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1__Impl"


    // $ANTLR start "rule__Enabler__Group__2"
    // InternalItup.g:5738:1: rule__Enabler__Group__2 : rule__Enabler__Group__2__Impl rule__Enabler__Group__3 ;
    public final void rule__Enabler__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5742:1: ( rule__Enabler__Group__2__Impl rule__Enabler__Group__3 )
            // InternalItup.g:5743:2: rule__Enabler__Group__2__Impl rule__Enabler__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Enabler__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2"


    // $ANTLR start "rule__Enabler__Group__2__Impl"
    // InternalItup.g:5750:1: rule__Enabler__Group__2__Impl : ( ( rule__Enabler__TitleAssignment_2 )? ) ;
    public final void rule__Enabler__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5754:1: ( ( ( rule__Enabler__TitleAssignment_2 )? ) )
            // InternalItup.g:5755:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            {
            // InternalItup.g:5755:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            // InternalItup.g:5756:2: ( rule__Enabler__TitleAssignment_2 )?
            {
             before(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 
            // InternalItup.g:5757:2: ( rule__Enabler__TitleAssignment_2 )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( (LA64_0==RULE_STRING) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalItup.g:5757:3: rule__Enabler__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2__Impl"


    // $ANTLR start "rule__Enabler__Group__3"
    // InternalItup.g:5765:1: rule__Enabler__Group__3 : rule__Enabler__Group__3__Impl rule__Enabler__Group__4 ;
    public final void rule__Enabler__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5769:1: ( rule__Enabler__Group__3__Impl rule__Enabler__Group__4 )
            // InternalItup.g:5770:2: rule__Enabler__Group__3__Impl rule__Enabler__Group__4
            {
            pushFollow(FOLLOW_36);
            rule__Enabler__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3"


    // $ANTLR start "rule__Enabler__Group__3__Impl"
    // InternalItup.g:5777:1: rule__Enabler__Group__3__Impl : ( '{' ) ;
    public final void rule__Enabler__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5781:1: ( ( '{' ) )
            // InternalItup.g:5782:1: ( '{' )
            {
            // InternalItup.g:5782:1: ( '{' )
            // InternalItup.g:5783:2: '{'
            {
             before(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3__Impl"


    // $ANTLR start "rule__Enabler__Group__4"
    // InternalItup.g:5792:1: rule__Enabler__Group__4 : rule__Enabler__Group__4__Impl rule__Enabler__Group__5 ;
    public final void rule__Enabler__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5796:1: ( rule__Enabler__Group__4__Impl rule__Enabler__Group__5 )
            // InternalItup.g:5797:2: rule__Enabler__Group__4__Impl rule__Enabler__Group__5
            {
            pushFollow(FOLLOW_36);
            rule__Enabler__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4"


    // $ANTLR start "rule__Enabler__Group__4__Impl"
    // InternalItup.g:5804:1: rule__Enabler__Group__4__Impl : ( ( rule__Enabler__Group_4__0 )? ) ;
    public final void rule__Enabler__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5808:1: ( ( ( rule__Enabler__Group_4__0 )? ) )
            // InternalItup.g:5809:1: ( ( rule__Enabler__Group_4__0 )? )
            {
            // InternalItup.g:5809:1: ( ( rule__Enabler__Group_4__0 )? )
            // InternalItup.g:5810:2: ( rule__Enabler__Group_4__0 )?
            {
             before(grammarAccess.getEnablerAccess().getGroup_4()); 
            // InternalItup.g:5811:2: ( rule__Enabler__Group_4__0 )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( (LA65_0==66) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalItup.g:5811:3: rule__Enabler__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4__Impl"


    // $ANTLR start "rule__Enabler__Group__5"
    // InternalItup.g:5819:1: rule__Enabler__Group__5 : rule__Enabler__Group__5__Impl rule__Enabler__Group__6 ;
    public final void rule__Enabler__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5823:1: ( rule__Enabler__Group__5__Impl rule__Enabler__Group__6 )
            // InternalItup.g:5824:2: rule__Enabler__Group__5__Impl rule__Enabler__Group__6
            {
            pushFollow(FOLLOW_36);
            rule__Enabler__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5"


    // $ANTLR start "rule__Enabler__Group__5__Impl"
    // InternalItup.g:5831:1: rule__Enabler__Group__5__Impl : ( ( rule__Enabler__Alternatives_5 )* ) ;
    public final void rule__Enabler__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5835:1: ( ( ( rule__Enabler__Alternatives_5 )* ) )
            // InternalItup.g:5836:1: ( ( rule__Enabler__Alternatives_5 )* )
            {
            // InternalItup.g:5836:1: ( ( rule__Enabler__Alternatives_5 )* )
            // InternalItup.g:5837:2: ( rule__Enabler__Alternatives_5 )*
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_5()); 
            // InternalItup.g:5838:2: ( rule__Enabler__Alternatives_5 )*
            loop66:
            do {
                int alt66=2;
                int LA66_0 = input.LA(1);

                if ( ((LA66_0>=67 && LA66_0<=69)) ) {
                    alt66=1;
                }


                switch (alt66) {
            	case 1 :
            	    // InternalItup.g:5838:3: rule__Enabler__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Enabler__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop66;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5__Impl"


    // $ANTLR start "rule__Enabler__Group__6"
    // InternalItup.g:5846:1: rule__Enabler__Group__6 : rule__Enabler__Group__6__Impl ;
    public final void rule__Enabler__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5850:1: ( rule__Enabler__Group__6__Impl )
            // InternalItup.g:5851:2: rule__Enabler__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6"


    // $ANTLR start "rule__Enabler__Group__6__Impl"
    // InternalItup.g:5857:1: rule__Enabler__Group__6__Impl : ( '}' ) ;
    public final void rule__Enabler__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5861:1: ( ( '}' ) )
            // InternalItup.g:5862:1: ( '}' )
            {
            // InternalItup.g:5862:1: ( '}' )
            // InternalItup.g:5863:2: '}'
            {
             before(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6__Impl"


    // $ANTLR start "rule__Enabler__Group_4__0"
    // InternalItup.g:5873:1: rule__Enabler__Group_4__0 : rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 ;
    public final void rule__Enabler__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5877:1: ( rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 )
            // InternalItup.g:5878:2: rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1
            {
            pushFollow(FOLLOW_38);
            rule__Enabler__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0"


    // $ANTLR start "rule__Enabler__Group_4__0__Impl"
    // InternalItup.g:5885:1: rule__Enabler__Group_4__0__Impl : ( 'supports' ) ;
    public final void rule__Enabler__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5889:1: ( ( 'supports' ) )
            // InternalItup.g:5890:1: ( 'supports' )
            {
            // InternalItup.g:5890:1: ( 'supports' )
            // InternalItup.g:5891:2: 'supports'
            {
             before(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4__1"
    // InternalItup.g:5900:1: rule__Enabler__Group_4__1 : rule__Enabler__Group_4__1__Impl ;
    public final void rule__Enabler__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5904:1: ( rule__Enabler__Group_4__1__Impl )
            // InternalItup.g:5905:2: rule__Enabler__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1"


    // $ANTLR start "rule__Enabler__Group_4__1__Impl"
    // InternalItup.g:5911:1: rule__Enabler__Group_4__1__Impl : ( ( rule__Enabler__Alternatives_4_1 ) ) ;
    public final void rule__Enabler__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5915:1: ( ( ( rule__Enabler__Alternatives_4_1 ) ) )
            // InternalItup.g:5916:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            {
            // InternalItup.g:5916:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            // InternalItup.g:5917:2: ( rule__Enabler__Alternatives_4_1 )
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 
            // InternalItup.g:5918:2: ( rule__Enabler__Alternatives_4_1 )
            // InternalItup.g:5918:3: rule__Enabler__Alternatives_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Alternatives_4_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0"
    // InternalItup.g:5927:1: rule__Enabler__Group_4_1_1__0 : rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5931:1: ( rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 )
            // InternalItup.g:5932:2: rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1
            {
            pushFollow(FOLLOW_12);
            rule__Enabler__Group_4_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0__Impl"
    // InternalItup.g:5939:1: rule__Enabler__Group_4_1_1__0__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) ;
    public final void rule__Enabler__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5943:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) )
            // InternalItup.g:5944:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            {
            // InternalItup.g:5944:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            // InternalItup.g:5945:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 
            // InternalItup.g:5946:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            // InternalItup.g:5946:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1"
    // InternalItup.g:5954:1: rule__Enabler__Group_4_1_1__1 : rule__Enabler__Group_4_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5958:1: ( rule__Enabler__Group_4_1_1__1__Impl )
            // InternalItup.g:5959:2: rule__Enabler__Group_4_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1__Impl"
    // InternalItup.g:5965:1: rule__Enabler__Group_4_1_1__1__Impl : ( ( rule__Enabler__Group_4_1_1_1__0 )* ) ;
    public final void rule__Enabler__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5969:1: ( ( ( rule__Enabler__Group_4_1_1_1__0 )* ) )
            // InternalItup.g:5970:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            {
            // InternalItup.g:5970:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            // InternalItup.g:5971:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            {
             before(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 
            // InternalItup.g:5972:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            loop67:
            do {
                int alt67=2;
                int LA67_0 = input.LA(1);

                if ( (LA67_0==39) ) {
                    alt67=1;
                }


                switch (alt67) {
            	case 1 :
            	    // InternalItup.g:5972:3: rule__Enabler__Group_4_1_1_1__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Enabler__Group_4_1_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop67;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0"
    // InternalItup.g:5981:1: rule__Enabler__Group_4_1_1_1__0 : rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5985:1: ( rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 )
            // InternalItup.g:5986:2: rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group_4_1_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0__Impl"
    // InternalItup.g:5993:1: rule__Enabler__Group_4_1_1_1__0__Impl : ( ',' ) ;
    public final void rule__Enabler__Group_4_1_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5997:1: ( ( ',' ) )
            // InternalItup.g:5998:1: ( ',' )
            {
            // InternalItup.g:5998:1: ( ',' )
            // InternalItup.g:5999:2: ','
            {
             before(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1"
    // InternalItup.g:6008:1: rule__Enabler__Group_4_1_1_1__1 : rule__Enabler__Group_4_1_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6012:1: ( rule__Enabler__Group_4_1_1_1__1__Impl )
            // InternalItup.g:6013:2: rule__Enabler__Group_4_1_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1__Impl"
    // InternalItup.g:6019:1: rule__Enabler__Group_4_1_1_1__1__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) ;
    public final void rule__Enabler__Group_4_1_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6023:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) )
            // InternalItup.g:6024:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            {
            // InternalItup.g:6024:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            // InternalItup.g:6025:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 
            // InternalItup.g:6026:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            // InternalItup.g:6026:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__0"
    // InternalItup.g:6035:1: rule__Enabler__Group_5_0__0 : rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 ;
    public final void rule__Enabler__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6039:1: ( rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 )
            // InternalItup.g:6040:2: rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0"


    // $ANTLR start "rule__Enabler__Group_5_0__0__Impl"
    // InternalItup.g:6047:1: rule__Enabler__Group_5_0__0__Impl : ( 'activity' ) ;
    public final void rule__Enabler__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6051:1: ( ( 'activity' ) )
            // InternalItup.g:6052:1: ( 'activity' )
            {
            // InternalItup.g:6052:1: ( 'activity' )
            // InternalItup.g:6053:2: 'activity'
            {
             before(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__1"
    // InternalItup.g:6062:1: rule__Enabler__Group_5_0__1 : rule__Enabler__Group_5_0__1__Impl ;
    public final void rule__Enabler__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6066:1: ( rule__Enabler__Group_5_0__1__Impl )
            // InternalItup.g:6067:2: rule__Enabler__Group_5_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1"


    // $ANTLR start "rule__Enabler__Group_5_0__1__Impl"
    // InternalItup.g:6073:1: rule__Enabler__Group_5_0__1__Impl : ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) ;
    public final void rule__Enabler__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6077:1: ( ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) )
            // InternalItup.g:6078:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            {
            // InternalItup.g:6078:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            // InternalItup.g:6079:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            {
             before(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 
            // InternalItup.g:6080:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            // InternalItup.g:6080:3: rule__Enabler__ActivitiesAssignment_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ActivitiesAssignment_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__0"
    // InternalItup.g:6089:1: rule__Enabler__Group_5_1__0 : rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 ;
    public final void rule__Enabler__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6093:1: ( rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 )
            // InternalItup.g:6094:2: rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0"


    // $ANTLR start "rule__Enabler__Group_5_1__0__Impl"
    // InternalItup.g:6101:1: rule__Enabler__Group_5_1__0__Impl : ( 'contribution' ) ;
    public final void rule__Enabler__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6105:1: ( ( 'contribution' ) )
            // InternalItup.g:6106:1: ( 'contribution' )
            {
            // InternalItup.g:6106:1: ( 'contribution' )
            // InternalItup.g:6107:2: 'contribution'
            {
             before(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__1"
    // InternalItup.g:6116:1: rule__Enabler__Group_5_1__1 : rule__Enabler__Group_5_1__1__Impl ;
    public final void rule__Enabler__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6120:1: ( rule__Enabler__Group_5_1__1__Impl )
            // InternalItup.g:6121:2: rule__Enabler__Group_5_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1"


    // $ANTLR start "rule__Enabler__Group_5_1__1__Impl"
    // InternalItup.g:6127:1: rule__Enabler__Group_5_1__1__Impl : ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) ;
    public final void rule__Enabler__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6131:1: ( ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) )
            // InternalItup.g:6132:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            {
            // InternalItup.g:6132:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            // InternalItup.g:6133:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 
            // InternalItup.g:6134:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            // InternalItup.g:6134:3: rule__Enabler__ContributionsAssignment_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ContributionsAssignment_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__0"
    // InternalItup.g:6143:1: rule__Enabler__Group_5_2__0 : rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 ;
    public final void rule__Enabler__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6147:1: ( rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 )
            // InternalItup.g:6148:2: rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0"


    // $ANTLR start "rule__Enabler__Group_5_2__0__Impl"
    // InternalItup.g:6155:1: rule__Enabler__Group_5_2__0__Impl : ( 'result' ) ;
    public final void rule__Enabler__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6159:1: ( ( 'result' ) )
            // InternalItup.g:6160:1: ( 'result' )
            {
            // InternalItup.g:6160:1: ( 'result' )
            // InternalItup.g:6161:2: 'result'
            {
             before(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__1"
    // InternalItup.g:6170:1: rule__Enabler__Group_5_2__1 : rule__Enabler__Group_5_2__1__Impl ;
    public final void rule__Enabler__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6174:1: ( rule__Enabler__Group_5_2__1__Impl )
            // InternalItup.g:6175:2: rule__Enabler__Group_5_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1"


    // $ANTLR start "rule__Enabler__Group_5_2__1__Impl"
    // InternalItup.g:6181:1: rule__Enabler__Group_5_2__1__Impl : ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) ;
    public final void rule__Enabler__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6185:1: ( ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) )
            // InternalItup.g:6186:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            {
            // InternalItup.g:6186:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            // InternalItup.g:6187:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            {
             before(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 
            // InternalItup.g:6188:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            // InternalItup.g:6188:3: rule__Enabler__ResultsAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ResultsAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__0"
    // InternalItup.g:6197:1: rule__StrategicRisk__Group__0 : rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 ;
    public final void rule__StrategicRisk__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6201:1: ( rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 )
            // InternalItup.g:6202:2: rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__StrategicRisk__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0"


    // $ANTLR start "rule__StrategicRisk__Group__0__Impl"
    // InternalItup.g:6209:1: rule__StrategicRisk__Group__0__Impl : ( 'risk' ) ;
    public final void rule__StrategicRisk__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6213:1: ( ( 'risk' ) )
            // InternalItup.g:6214:1: ( 'risk' )
            {
            // InternalItup.g:6214:1: ( 'risk' )
            // InternalItup.g:6215:2: 'risk'
            {
             before(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__1"
    // InternalItup.g:6224:1: rule__StrategicRisk__Group__1 : rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 ;
    public final void rule__StrategicRisk__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6228:1: ( rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 )
            // InternalItup.g:6229:2: rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__StrategicRisk__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1"


    // $ANTLR start "rule__StrategicRisk__Group__1__Impl"
    // InternalItup.g:6236:1: rule__StrategicRisk__Group__1__Impl : ( ( rule__StrategicRisk__NameAssignment_1 ) ) ;
    public final void rule__StrategicRisk__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6240:1: ( ( ( rule__StrategicRisk__NameAssignment_1 ) ) )
            // InternalItup.g:6241:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            {
            // InternalItup.g:6241:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            // InternalItup.g:6242:2: ( rule__StrategicRisk__NameAssignment_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 
            // InternalItup.g:6243:2: ( rule__StrategicRisk__NameAssignment_1 )
            // InternalItup.g:6243:3: rule__StrategicRisk__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__2"
    // InternalItup.g:6251:1: rule__StrategicRisk__Group__2 : rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 ;
    public final void rule__StrategicRisk__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6255:1: ( rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 )
            // InternalItup.g:6256:2: rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__StrategicRisk__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2"


    // $ANTLR start "rule__StrategicRisk__Group__2__Impl"
    // InternalItup.g:6263:1: rule__StrategicRisk__Group__2__Impl : ( ( rule__StrategicRisk__TitleAssignment_2 )? ) ;
    public final void rule__StrategicRisk__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6267:1: ( ( ( rule__StrategicRisk__TitleAssignment_2 )? ) )
            // InternalItup.g:6268:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            {
            // InternalItup.g:6268:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            // InternalItup.g:6269:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 
            // InternalItup.g:6270:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==RULE_STRING) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalItup.g:6270:3: rule__StrategicRisk__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__StrategicRisk__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__3"
    // InternalItup.g:6278:1: rule__StrategicRisk__Group__3 : rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 ;
    public final void rule__StrategicRisk__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6282:1: ( rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 )
            // InternalItup.g:6283:2: rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4
            {
            pushFollow(FOLLOW_39);
            rule__StrategicRisk__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3"


    // $ANTLR start "rule__StrategicRisk__Group__3__Impl"
    // InternalItup.g:6290:1: rule__StrategicRisk__Group__3__Impl : ( '{' ) ;
    public final void rule__StrategicRisk__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6294:1: ( ( '{' ) )
            // InternalItup.g:6295:1: ( '{' )
            {
            // InternalItup.g:6295:1: ( '{' )
            // InternalItup.g:6296:2: '{'
            {
             before(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__4"
    // InternalItup.g:6305:1: rule__StrategicRisk__Group__4 : rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 ;
    public final void rule__StrategicRisk__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6309:1: ( rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 )
            // InternalItup.g:6310:2: rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5
            {
            pushFollow(FOLLOW_39);
            rule__StrategicRisk__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4"


    // $ANTLR start "rule__StrategicRisk__Group__4__Impl"
    // InternalItup.g:6317:1: rule__StrategicRisk__Group__4__Impl : ( ( rule__StrategicRisk__Group_4__0 )* ) ;
    public final void rule__StrategicRisk__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6321:1: ( ( ( rule__StrategicRisk__Group_4__0 )* ) )
            // InternalItup.g:6322:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            {
            // InternalItup.g:6322:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            // InternalItup.g:6323:2: ( rule__StrategicRisk__Group_4__0 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup_4()); 
            // InternalItup.g:6324:2: ( rule__StrategicRisk__Group_4__0 )*
            loop69:
            do {
                int alt69=2;
                int LA69_0 = input.LA(1);

                if ( (LA69_0==71) ) {
                    alt69=1;
                }


                switch (alt69) {
            	case 1 :
            	    // InternalItup.g:6324:3: rule__StrategicRisk__Group_4__0
            	    {
            	    pushFollow(FOLLOW_40);
            	    rule__StrategicRisk__Group_4__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop69;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__5"
    // InternalItup.g:6332:1: rule__StrategicRisk__Group__5 : rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 ;
    public final void rule__StrategicRisk__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6336:1: ( rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 )
            // InternalItup.g:6337:2: rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6
            {
            pushFollow(FOLLOW_39);
            rule__StrategicRisk__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5"


    // $ANTLR start "rule__StrategicRisk__Group__5__Impl"
    // InternalItup.g:6344:1: rule__StrategicRisk__Group__5__Impl : ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) ;
    public final void rule__StrategicRisk__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6348:1: ( ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) )
            // InternalItup.g:6349:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            {
            // InternalItup.g:6349:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            // InternalItup.g:6350:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 
            // InternalItup.g:6351:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            loop70:
            do {
                int alt70=2;
                int LA70_0 = input.LA(1);

                if ( (LA70_0==72) ) {
                    alt70=1;
                }


                switch (alt70) {
            	case 1 :
            	    // InternalItup.g:6351:3: rule__StrategicRisk__MitigationsAssignment_5
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__StrategicRisk__MitigationsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop70;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__6"
    // InternalItup.g:6359:1: rule__StrategicRisk__Group__6 : rule__StrategicRisk__Group__6__Impl ;
    public final void rule__StrategicRisk__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6363:1: ( rule__StrategicRisk__Group__6__Impl )
            // InternalItup.g:6364:2: rule__StrategicRisk__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6"


    // $ANTLR start "rule__StrategicRisk__Group__6__Impl"
    // InternalItup.g:6370:1: rule__StrategicRisk__Group__6__Impl : ( '}' ) ;
    public final void rule__StrategicRisk__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6374:1: ( ( '}' ) )
            // InternalItup.g:6375:1: ( '}' )
            {
            // InternalItup.g:6375:1: ( '}' )
            // InternalItup.g:6376:2: '}'
            {
             before(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__0"
    // InternalItup.g:6386:1: rule__StrategicRisk__Group_4__0 : rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 ;
    public final void rule__StrategicRisk__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6390:1: ( rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 )
            // InternalItup.g:6391:2: rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__StrategicRisk__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0"


    // $ANTLR start "rule__StrategicRisk__Group_4__0__Impl"
    // InternalItup.g:6398:1: rule__StrategicRisk__Group_4__0__Impl : ( 'aspect' ) ;
    public final void rule__StrategicRisk__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6402:1: ( ( 'aspect' ) )
            // InternalItup.g:6403:1: ( 'aspect' )
            {
            // InternalItup.g:6403:1: ( 'aspect' )
            // InternalItup.g:6404:2: 'aspect'
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__1"
    // InternalItup.g:6413:1: rule__StrategicRisk__Group_4__1 : rule__StrategicRisk__Group_4__1__Impl ;
    public final void rule__StrategicRisk__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6417:1: ( rule__StrategicRisk__Group_4__1__Impl )
            // InternalItup.g:6418:2: rule__StrategicRisk__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1"


    // $ANTLR start "rule__StrategicRisk__Group_4__1__Impl"
    // InternalItup.g:6424:1: rule__StrategicRisk__Group_4__1__Impl : ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) ;
    public final void rule__StrategicRisk__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6428:1: ( ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) )
            // InternalItup.g:6429:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            {
            // InternalItup.g:6429:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            // InternalItup.g:6430:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 
            // InternalItup.g:6431:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            // InternalItup.g:6431:3: rule__StrategicRisk__AspectsAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__AspectsAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__0"
    // InternalItup.g:6440:1: rule__Mitigation__Group__0 : rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 ;
    public final void rule__Mitigation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6444:1: ( rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 )
            // InternalItup.g:6445:2: rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1
            {
            pushFollow(FOLLOW_42);
            rule__Mitigation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0"


    // $ANTLR start "rule__Mitigation__Group__0__Impl"
    // InternalItup.g:6452:1: rule__Mitigation__Group__0__Impl : ( 'mitigation' ) ;
    public final void rule__Mitigation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6456:1: ( ( 'mitigation' ) )
            // InternalItup.g:6457:1: ( 'mitigation' )
            {
            // InternalItup.g:6457:1: ( 'mitigation' )
            // InternalItup.g:6458:2: 'mitigation'
            {
             before(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0__Impl"


    // $ANTLR start "rule__Mitigation__Group__1"
    // InternalItup.g:6467:1: rule__Mitigation__Group__1 : rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 ;
    public final void rule__Mitigation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6471:1: ( rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 )
            // InternalItup.g:6472:2: rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2
            {
            pushFollow(FOLLOW_42);
            rule__Mitigation__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1"


    // $ANTLR start "rule__Mitigation__Group__1__Impl"
    // InternalItup.g:6479:1: rule__Mitigation__Group__1__Impl : ( ( rule__Mitigation__TreatmentAssignment_1 )? ) ;
    public final void rule__Mitigation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6483:1: ( ( ( rule__Mitigation__TreatmentAssignment_1 )? ) )
            // InternalItup.g:6484:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            {
            // InternalItup.g:6484:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            // InternalItup.g:6485:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            {
             before(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 
            // InternalItup.g:6486:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( ((LA71_0>=23 && LA71_0<=26)) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalItup.g:6486:3: rule__Mitigation__TreatmentAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mitigation__TreatmentAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__2"
    // InternalItup.g:6494:1: rule__Mitigation__Group__2 : rule__Mitigation__Group__2__Impl ;
    public final void rule__Mitigation__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6498:1: ( rule__Mitigation__Group__2__Impl )
            // InternalItup.g:6499:2: rule__Mitigation__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2"


    // $ANTLR start "rule__Mitigation__Group__2__Impl"
    // InternalItup.g:6505:1: rule__Mitigation__Group__2__Impl : ( ( rule__Mitigation__StatementAssignment_2 ) ) ;
    public final void rule__Mitigation__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6509:1: ( ( ( rule__Mitigation__StatementAssignment_2 ) ) )
            // InternalItup.g:6510:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            {
            // InternalItup.g:6510:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            // InternalItup.g:6511:2: ( rule__Mitigation__StatementAssignment_2 )
            {
             before(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 
            // InternalItup.g:6512:2: ( rule__Mitigation__StatementAssignment_2 )
            // InternalItup.g:6512:3: rule__Mitigation__StatementAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__StatementAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2__Impl"


    // $ANTLR start "rule__SwotItem__Group__0"
    // InternalItup.g:6521:1: rule__SwotItem__Group__0 : rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 ;
    public final void rule__SwotItem__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6525:1: ( rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 )
            // InternalItup.g:6526:2: rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__SwotItem__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0"


    // $ANTLR start "rule__SwotItem__Group__0__Impl"
    // InternalItup.g:6533:1: rule__SwotItem__Group__0__Impl : ( ( rule__SwotItem__KindAssignment_0 ) ) ;
    public final void rule__SwotItem__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6537:1: ( ( ( rule__SwotItem__KindAssignment_0 ) ) )
            // InternalItup.g:6538:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            {
            // InternalItup.g:6538:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            // InternalItup.g:6539:2: ( rule__SwotItem__KindAssignment_0 )
            {
             before(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 
            // InternalItup.g:6540:2: ( rule__SwotItem__KindAssignment_0 )
            // InternalItup.g:6540:3: rule__SwotItem__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0__Impl"


    // $ANTLR start "rule__SwotItem__Group__1"
    // InternalItup.g:6548:1: rule__SwotItem__Group__1 : rule__SwotItem__Group__1__Impl ;
    public final void rule__SwotItem__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6552:1: ( rule__SwotItem__Group__1__Impl )
            // InternalItup.g:6553:2: rule__SwotItem__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1"


    // $ANTLR start "rule__SwotItem__Group__1__Impl"
    // InternalItup.g:6559:1: rule__SwotItem__Group__1__Impl : ( ( rule__SwotItem__StatementAssignment_1 ) ) ;
    public final void rule__SwotItem__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6563:1: ( ( ( rule__SwotItem__StatementAssignment_1 ) ) )
            // InternalItup.g:6564:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            {
            // InternalItup.g:6564:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            // InternalItup.g:6565:2: ( rule__SwotItem__StatementAssignment_1 )
            {
             before(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 
            // InternalItup.g:6566:2: ( rule__SwotItem__StatementAssignment_1 )
            // InternalItup.g:6566:3: rule__SwotItem__StatementAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__StatementAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__0"
    // InternalItup.g:6575:1: rule__ImplementationCriterion__Group__0 : rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 ;
    public final void rule__ImplementationCriterion__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6579:1: ( rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 )
            // InternalItup.g:6580:2: rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__ImplementationCriterion__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0"


    // $ANTLR start "rule__ImplementationCriterion__Group__0__Impl"
    // InternalItup.g:6587:1: rule__ImplementationCriterion__Group__0__Impl : ( 'criterion' ) ;
    public final void rule__ImplementationCriterion__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6591:1: ( ( 'criterion' ) )
            // InternalItup.g:6592:1: ( 'criterion' )
            {
            // InternalItup.g:6592:1: ( 'criterion' )
            // InternalItup.g:6593:2: 'criterion'
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__1"
    // InternalItup.g:6602:1: rule__ImplementationCriterion__Group__1 : rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 ;
    public final void rule__ImplementationCriterion__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6606:1: ( rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 )
            // InternalItup.g:6607:2: rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__ImplementationCriterion__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1"


    // $ANTLR start "rule__ImplementationCriterion__Group__1__Impl"
    // InternalItup.g:6614:1: rule__ImplementationCriterion__Group__1__Impl : ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) ;
    public final void rule__ImplementationCriterion__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6618:1: ( ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) )
            // InternalItup.g:6619:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            {
            // InternalItup.g:6619:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            // InternalItup.g:6620:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 
            // InternalItup.g:6621:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            // InternalItup.g:6621:3: rule__ImplementationCriterion__TitleAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__TitleAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__2"
    // InternalItup.g:6629:1: rule__ImplementationCriterion__Group__2 : rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 ;
    public final void rule__ImplementationCriterion__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6633:1: ( rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 )
            // InternalItup.g:6634:2: rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__ImplementationCriterion__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2"


    // $ANTLR start "rule__ImplementationCriterion__Group__2__Impl"
    // InternalItup.g:6641:1: rule__ImplementationCriterion__Group__2__Impl : ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) ;
    public final void rule__ImplementationCriterion__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6645:1: ( ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) )
            // InternalItup.g:6646:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            {
            // InternalItup.g:6646:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            // InternalItup.g:6647:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 
            // InternalItup.g:6648:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==RULE_STRING) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalItup.g:6648:3: rule__ImplementationCriterion__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__3"
    // InternalItup.g:6656:1: rule__ImplementationCriterion__Group__3 : rule__ImplementationCriterion__Group__3__Impl ;
    public final void rule__ImplementationCriterion__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6660:1: ( rule__ImplementationCriterion__Group__3__Impl )
            // InternalItup.g:6661:2: rule__ImplementationCriterion__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3"


    // $ANTLR start "rule__ImplementationCriterion__Group__3__Impl"
    // InternalItup.g:6667:1: rule__ImplementationCriterion__Group__3__Impl : ( ( rule__ImplementationCriterion__Group_3__0 )? ) ;
    public final void rule__ImplementationCriterion__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6671:1: ( ( ( rule__ImplementationCriterion__Group_3__0 )? ) )
            // InternalItup.g:6672:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            {
            // InternalItup.g:6672:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            // InternalItup.g:6673:2: ( rule__ImplementationCriterion__Group_3__0 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 
            // InternalItup.g:6674:2: ( rule__ImplementationCriterion__Group_3__0 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==41) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalItup.g:6674:3: rule__ImplementationCriterion__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0"
    // InternalItup.g:6683:1: rule__ImplementationCriterion__Group_3__0 : rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 ;
    public final void rule__ImplementationCriterion__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6687:1: ( rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 )
            // InternalItup.g:6688:2: rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1
            {
            pushFollow(FOLLOW_43);
            rule__ImplementationCriterion__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0__Impl"
    // InternalItup.g:6695:1: rule__ImplementationCriterion__Group_3__0__Impl : ( '{' ) ;
    public final void rule__ImplementationCriterion__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6699:1: ( ( '{' ) )
            // InternalItup.g:6700:1: ( '{' )
            {
            // InternalItup.g:6700:1: ( '{' )
            // InternalItup.g:6701:2: '{'
            {
             before(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1"
    // InternalItup.g:6710:1: rule__ImplementationCriterion__Group_3__1 : rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 ;
    public final void rule__ImplementationCriterion__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6714:1: ( rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 )
            // InternalItup.g:6715:2: rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2
            {
            pushFollow(FOLLOW_43);
            rule__ImplementationCriterion__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1__Impl"
    // InternalItup.g:6722:1: rule__ImplementationCriterion__Group_3__1__Impl : ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) ;
    public final void rule__ImplementationCriterion__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6726:1: ( ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) )
            // InternalItup.g:6727:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            {
            // InternalItup.g:6727:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            // InternalItup.g:6728:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 
            // InternalItup.g:6729:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            loop74:
            do {
                int alt74=2;
                int LA74_0 = input.LA(1);

                if ( (LA74_0==73) ) {
                    alt74=1;
                }


                switch (alt74) {
            	case 1 :
            	    // InternalItup.g:6729:3: rule__ImplementationCriterion__CriteriaAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__ImplementationCriterion__CriteriaAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop74;
                }
            } while (true);

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2"
    // InternalItup.g:6737:1: rule__ImplementationCriterion__Group_3__2 : rule__ImplementationCriterion__Group_3__2__Impl ;
    public final void rule__ImplementationCriterion__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6741:1: ( rule__ImplementationCriterion__Group_3__2__Impl )
            // InternalItup.g:6742:2: rule__ImplementationCriterion__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2__Impl"
    // InternalItup.g:6748:1: rule__ImplementationCriterion__Group_3__2__Impl : ( '}' ) ;
    public final void rule__ImplementationCriterion__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6752:1: ( ( '}' ) )
            // InternalItup.g:6753:1: ( '}' )
            {
            // InternalItup.g:6753:1: ( '}' )
            // InternalItup.g:6754:2: '}'
            {
             before(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__0"
    // InternalItup.g:6764:1: rule__GlossaryTerm__Group__0 : rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 ;
    public final void rule__GlossaryTerm__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6768:1: ( rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 )
            // InternalItup.g:6769:2: rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__GlossaryTerm__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0"


    // $ANTLR start "rule__GlossaryTerm__Group__0__Impl"
    // InternalItup.g:6776:1: rule__GlossaryTerm__Group__0__Impl : ( 'term' ) ;
    public final void rule__GlossaryTerm__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6780:1: ( ( 'term' ) )
            // InternalItup.g:6781:1: ( 'term' )
            {
            // InternalItup.g:6781:1: ( 'term' )
            // InternalItup.g:6782:2: 'term'
            {
             before(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__1"
    // InternalItup.g:6791:1: rule__GlossaryTerm__Group__1 : rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 ;
    public final void rule__GlossaryTerm__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6795:1: ( rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 )
            // InternalItup.g:6796:2: rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__GlossaryTerm__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1"


    // $ANTLR start "rule__GlossaryTerm__Group__1__Impl"
    // InternalItup.g:6803:1: rule__GlossaryTerm__Group__1__Impl : ( ( rule__GlossaryTerm__TermAssignment_1 ) ) ;
    public final void rule__GlossaryTerm__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6807:1: ( ( ( rule__GlossaryTerm__TermAssignment_1 ) ) )
            // InternalItup.g:6808:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            {
            // InternalItup.g:6808:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            // InternalItup.g:6809:2: ( rule__GlossaryTerm__TermAssignment_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 
            // InternalItup.g:6810:2: ( rule__GlossaryTerm__TermAssignment_1 )
            // InternalItup.g:6810:3: rule__GlossaryTerm__TermAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__TermAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__2"
    // InternalItup.g:6818:1: rule__GlossaryTerm__Group__2 : rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 ;
    public final void rule__GlossaryTerm__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6822:1: ( rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 )
            // InternalItup.g:6823:2: rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3
            {
            pushFollow(FOLLOW_45);
            rule__GlossaryTerm__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2"


    // $ANTLR start "rule__GlossaryTerm__Group__2__Impl"
    // InternalItup.g:6830:1: rule__GlossaryTerm__Group__2__Impl : ( '{' ) ;
    public final void rule__GlossaryTerm__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6834:1: ( ( '{' ) )
            // InternalItup.g:6835:1: ( '{' )
            {
            // InternalItup.g:6835:1: ( '{' )
            // InternalItup.g:6836:2: '{'
            {
             before(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__3"
    // InternalItup.g:6845:1: rule__GlossaryTerm__Group__3 : rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 ;
    public final void rule__GlossaryTerm__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6849:1: ( rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 )
            // InternalItup.g:6850:2: rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4
            {
            pushFollow(FOLLOW_45);
            rule__GlossaryTerm__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3"


    // $ANTLR start "rule__GlossaryTerm__Group__3__Impl"
    // InternalItup.g:6857:1: rule__GlossaryTerm__Group__3__Impl : ( ( rule__GlossaryTerm__Group_3__0 )? ) ;
    public final void rule__GlossaryTerm__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6861:1: ( ( ( rule__GlossaryTerm__Group_3__0 )? ) )
            // InternalItup.g:6862:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            {
            // InternalItup.g:6862:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            // InternalItup.g:6863:2: ( rule__GlossaryTerm__Group_3__0 )?
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup_3()); 
            // InternalItup.g:6864:2: ( rule__GlossaryTerm__Group_3__0 )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( (LA75_0==75) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalItup.g:6864:3: rule__GlossaryTerm__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__GlossaryTerm__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGlossaryTermAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__4"
    // InternalItup.g:6872:1: rule__GlossaryTerm__Group__4 : rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 ;
    public final void rule__GlossaryTerm__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6876:1: ( rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 )
            // InternalItup.g:6877:2: rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5
            {
            pushFollow(FOLLOW_45);
            rule__GlossaryTerm__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4"


    // $ANTLR start "rule__GlossaryTerm__Group__4__Impl"
    // InternalItup.g:6884:1: rule__GlossaryTerm__Group__4__Impl : ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) ;
    public final void rule__GlossaryTerm__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6888:1: ( ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) )
            // InternalItup.g:6889:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            {
            // InternalItup.g:6889:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            // InternalItup.g:6890:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 
            // InternalItup.g:6891:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            loop76:
            do {
                int alt76=2;
                int LA76_0 = input.LA(1);

                if ( (LA76_0==RULE_ID) ) {
                    alt76=1;
                }


                switch (alt76) {
            	case 1 :
            	    // InternalItup.g:6891:3: rule__GlossaryTerm__TranslationsAssignment_4
            	    {
            	    pushFollow(FOLLOW_46);
            	    rule__GlossaryTerm__TranslationsAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop76;
                }
            } while (true);

             after(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__5"
    // InternalItup.g:6899:1: rule__GlossaryTerm__Group__5 : rule__GlossaryTerm__Group__5__Impl ;
    public final void rule__GlossaryTerm__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6903:1: ( rule__GlossaryTerm__Group__5__Impl )
            // InternalItup.g:6904:2: rule__GlossaryTerm__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5"


    // $ANTLR start "rule__GlossaryTerm__Group__5__Impl"
    // InternalItup.g:6910:1: rule__GlossaryTerm__Group__5__Impl : ( '}' ) ;
    public final void rule__GlossaryTerm__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6914:1: ( ( '}' ) )
            // InternalItup.g:6915:1: ( '}' )
            {
            // InternalItup.g:6915:1: ( '}' )
            // InternalItup.g:6916:2: '}'
            {
             before(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0"
    // InternalItup.g:6926:1: rule__GlossaryTerm__Group_3__0 : rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 ;
    public final void rule__GlossaryTerm__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6930:1: ( rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 )
            // InternalItup.g:6931:2: rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1
            {
            pushFollow(FOLLOW_10);
            rule__GlossaryTerm__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0__Impl"
    // InternalItup.g:6938:1: rule__GlossaryTerm__Group_3__0__Impl : ( 'definition' ) ;
    public final void rule__GlossaryTerm__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6942:1: ( ( 'definition' ) )
            // InternalItup.g:6943:1: ( 'definition' )
            {
            // InternalItup.g:6943:1: ( 'definition' )
            // InternalItup.g:6944:2: 'definition'
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1"
    // InternalItup.g:6953:1: rule__GlossaryTerm__Group_3__1 : rule__GlossaryTerm__Group_3__1__Impl ;
    public final void rule__GlossaryTerm__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6957:1: ( rule__GlossaryTerm__Group_3__1__Impl )
            // InternalItup.g:6958:2: rule__GlossaryTerm__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1__Impl"
    // InternalItup.g:6964:1: rule__GlossaryTerm__Group_3__1__Impl : ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) ;
    public final void rule__GlossaryTerm__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6968:1: ( ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) )
            // InternalItup.g:6969:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            {
            // InternalItup.g:6969:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            // InternalItup.g:6970:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 
            // InternalItup.g:6971:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            // InternalItup.g:6971:3: rule__GlossaryTerm__DefinitionAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__DefinitionAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1__Impl"


    // $ANTLR start "rule__Translation__Group__0"
    // InternalItup.g:6980:1: rule__Translation__Group__0 : rule__Translation__Group__0__Impl rule__Translation__Group__1 ;
    public final void rule__Translation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6984:1: ( rule__Translation__Group__0__Impl rule__Translation__Group__1 )
            // InternalItup.g:6985:2: rule__Translation__Group__0__Impl rule__Translation__Group__1
            {
            pushFollow(FOLLOW_47);
            rule__Translation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Translation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0"


    // $ANTLR start "rule__Translation__Group__0__Impl"
    // InternalItup.g:6992:1: rule__Translation__Group__0__Impl : ( ( rule__Translation__LanguageAssignment_0 ) ) ;
    public final void rule__Translation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6996:1: ( ( ( rule__Translation__LanguageAssignment_0 ) ) )
            // InternalItup.g:6997:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            {
            // InternalItup.g:6997:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            // InternalItup.g:6998:2: ( rule__Translation__LanguageAssignment_0 )
            {
             before(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 
            // InternalItup.g:6999:2: ( rule__Translation__LanguageAssignment_0 )
            // InternalItup.g:6999:3: rule__Translation__LanguageAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__LanguageAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0__Impl"


    // $ANTLR start "rule__Translation__Group__1"
    // InternalItup.g:7007:1: rule__Translation__Group__1 : rule__Translation__Group__1__Impl ;
    public final void rule__Translation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7011:1: ( rule__Translation__Group__1__Impl )
            // InternalItup.g:7012:2: rule__Translation__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1"


    // $ANTLR start "rule__Translation__Group__1__Impl"
    // InternalItup.g:7018:1: rule__Translation__Group__1__Impl : ( ( rule__Translation__Alternatives_1 ) ) ;
    public final void rule__Translation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7022:1: ( ( ( rule__Translation__Alternatives_1 ) ) )
            // InternalItup.g:7023:1: ( ( rule__Translation__Alternatives_1 ) )
            {
            // InternalItup.g:7023:1: ( ( rule__Translation__Alternatives_1 ) )
            // InternalItup.g:7024:2: ( rule__Translation__Alternatives_1 )
            {
             before(grammarAccess.getTranslationAccess().getAlternatives_1()); 
            // InternalItup.g:7025:2: ( rule__Translation__Alternatives_1 )
            // InternalItup.g:7025:3: rule__Translation__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1__Impl"


    // $ANTLR start "rule__Code__Group__0"
    // InternalItup.g:7034:1: rule__Code__Group__0 : rule__Code__Group__0__Impl rule__Code__Group__1 ;
    public final void rule__Code__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7038:1: ( rule__Code__Group__0__Impl rule__Code__Group__1 )
            // InternalItup.g:7039:2: rule__Code__Group__0__Impl rule__Code__Group__1
            {
            pushFollow(FOLLOW_48);
            rule__Code__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0"


    // $ANTLR start "rule__Code__Group__0__Impl"
    // InternalItup.g:7046:1: rule__Code__Group__0__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7050:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:7051:1: ( ruleCodeSegment )
            {
            // InternalItup.g:7051:1: ( ruleCodeSegment )
            // InternalItup.g:7052:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0__Impl"


    // $ANTLR start "rule__Code__Group__1"
    // InternalItup.g:7061:1: rule__Code__Group__1 : rule__Code__Group__1__Impl ;
    public final void rule__Code__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7065:1: ( rule__Code__Group__1__Impl )
            // InternalItup.g:7066:2: rule__Code__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1"


    // $ANTLR start "rule__Code__Group__1__Impl"
    // InternalItup.g:7072:1: rule__Code__Group__1__Impl : ( ( rule__Code__Group_1__0 )* ) ;
    public final void rule__Code__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7076:1: ( ( ( rule__Code__Group_1__0 )* ) )
            // InternalItup.g:7077:1: ( ( rule__Code__Group_1__0 )* )
            {
            // InternalItup.g:7077:1: ( ( rule__Code__Group_1__0 )* )
            // InternalItup.g:7078:2: ( rule__Code__Group_1__0 )*
            {
             before(grammarAccess.getCodeAccess().getGroup_1()); 
            // InternalItup.g:7079:2: ( rule__Code__Group_1__0 )*
            loop77:
            do {
                int alt77=2;
                int LA77_0 = input.LA(1);

                if ( ((LA77_0>=14 && LA77_0<=15)) ) {
                    alt77=1;
                }


                switch (alt77) {
            	case 1 :
            	    // InternalItup.g:7079:3: rule__Code__Group_1__0
            	    {
            	    pushFollow(FOLLOW_49);
            	    rule__Code__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop77;
                }
            } while (true);

             after(grammarAccess.getCodeAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1__Impl"


    // $ANTLR start "rule__Code__Group_1__0"
    // InternalItup.g:7088:1: rule__Code__Group_1__0 : rule__Code__Group_1__0__Impl rule__Code__Group_1__1 ;
    public final void rule__Code__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7092:1: ( rule__Code__Group_1__0__Impl rule__Code__Group_1__1 )
            // InternalItup.g:7093:2: rule__Code__Group_1__0__Impl rule__Code__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Code__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0"


    // $ANTLR start "rule__Code__Group_1__0__Impl"
    // InternalItup.g:7100:1: rule__Code__Group_1__0__Impl : ( ( rule__Code__Alternatives_1_0 ) ) ;
    public final void rule__Code__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7104:1: ( ( ( rule__Code__Alternatives_1_0 ) ) )
            // InternalItup.g:7105:1: ( ( rule__Code__Alternatives_1_0 ) )
            {
            // InternalItup.g:7105:1: ( ( rule__Code__Alternatives_1_0 ) )
            // InternalItup.g:7106:2: ( rule__Code__Alternatives_1_0 )
            {
             before(grammarAccess.getCodeAccess().getAlternatives_1_0()); 
            // InternalItup.g:7107:2: ( rule__Code__Alternatives_1_0 )
            // InternalItup.g:7107:3: rule__Code__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0__Impl"


    // $ANTLR start "rule__Code__Group_1__1"
    // InternalItup.g:7115:1: rule__Code__Group_1__1 : rule__Code__Group_1__1__Impl ;
    public final void rule__Code__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7119:1: ( rule__Code__Group_1__1__Impl )
            // InternalItup.g:7120:2: rule__Code__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1"


    // $ANTLR start "rule__Code__Group_1__1__Impl"
    // InternalItup.g:7126:1: rule__Code__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7130:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:7131:1: ( ruleCodeSegment )
            {
            // InternalItup.g:7131:1: ( ruleCodeSegment )
            // InternalItup.g:7132:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1__Impl"


    // $ANTLR start "rule__PlanName__Group__0"
    // InternalItup.g:7142:1: rule__PlanName__Group__0 : rule__PlanName__Group__0__Impl rule__PlanName__Group__1 ;
    public final void rule__PlanName__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7146:1: ( rule__PlanName__Group__0__Impl rule__PlanName__Group__1 )
            // InternalItup.g:7147:2: rule__PlanName__Group__0__Impl rule__PlanName__Group__1
            {
            pushFollow(FOLLOW_48);
            rule__PlanName__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0"


    // $ANTLR start "rule__PlanName__Group__0__Impl"
    // InternalItup.g:7154:1: rule__PlanName__Group__0__Impl : ( RULE_ID ) ;
    public final void rule__PlanName__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7158:1: ( ( RULE_ID ) )
            // InternalItup.g:7159:1: ( RULE_ID )
            {
            // InternalItup.g:7159:1: ( RULE_ID )
            // InternalItup.g:7160:2: RULE_ID
            {
             before(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0__Impl"


    // $ANTLR start "rule__PlanName__Group__1"
    // InternalItup.g:7169:1: rule__PlanName__Group__1 : rule__PlanName__Group__1__Impl ;
    public final void rule__PlanName__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7173:1: ( rule__PlanName__Group__1__Impl )
            // InternalItup.g:7174:2: rule__PlanName__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1"


    // $ANTLR start "rule__PlanName__Group__1__Impl"
    // InternalItup.g:7180:1: rule__PlanName__Group__1__Impl : ( ( rule__PlanName__Group_1__0 )* ) ;
    public final void rule__PlanName__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7184:1: ( ( ( rule__PlanName__Group_1__0 )* ) )
            // InternalItup.g:7185:1: ( ( rule__PlanName__Group_1__0 )* )
            {
            // InternalItup.g:7185:1: ( ( rule__PlanName__Group_1__0 )* )
            // InternalItup.g:7186:2: ( rule__PlanName__Group_1__0 )*
            {
             before(grammarAccess.getPlanNameAccess().getGroup_1()); 
            // InternalItup.g:7187:2: ( rule__PlanName__Group_1__0 )*
            loop78:
            do {
                int alt78=2;
                int LA78_0 = input.LA(1);

                if ( ((LA78_0>=14 && LA78_0<=15)) ) {
                    alt78=1;
                }


                switch (alt78) {
            	case 1 :
            	    // InternalItup.g:7187:3: rule__PlanName__Group_1__0
            	    {
            	    pushFollow(FOLLOW_49);
            	    rule__PlanName__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop78;
                }
            } while (true);

             after(grammarAccess.getPlanNameAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1__Impl"


    // $ANTLR start "rule__PlanName__Group_1__0"
    // InternalItup.g:7196:1: rule__PlanName__Group_1__0 : rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 ;
    public final void rule__PlanName__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7200:1: ( rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 )
            // InternalItup.g:7201:2: rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__PlanName__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0"


    // $ANTLR start "rule__PlanName__Group_1__0__Impl"
    // InternalItup.g:7208:1: rule__PlanName__Group_1__0__Impl : ( ( rule__PlanName__Alternatives_1_0 ) ) ;
    public final void rule__PlanName__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7212:1: ( ( ( rule__PlanName__Alternatives_1_0 ) ) )
            // InternalItup.g:7213:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            {
            // InternalItup.g:7213:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            // InternalItup.g:7214:2: ( rule__PlanName__Alternatives_1_0 )
            {
             before(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 
            // InternalItup.g:7215:2: ( rule__PlanName__Alternatives_1_0 )
            // InternalItup.g:7215:3: rule__PlanName__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0__Impl"


    // $ANTLR start "rule__PlanName__Group_1__1"
    // InternalItup.g:7223:1: rule__PlanName__Group_1__1 : rule__PlanName__Group_1__1__Impl ;
    public final void rule__PlanName__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7227:1: ( rule__PlanName__Group_1__1__Impl )
            // InternalItup.g:7228:2: rule__PlanName__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1"


    // $ANTLR start "rule__PlanName__Group_1__1__Impl"
    // InternalItup.g:7234:1: rule__PlanName__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__PlanName__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7238:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:7239:1: ( ruleCodeSegment )
            {
            // InternalItup.g:7239:1: ( ruleCodeSegment )
            // InternalItup.g:7240:2: ruleCodeSegment
            {
             before(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1__Impl"


    // $ANTLR start "rule__Decimal__Group__0"
    // InternalItup.g:7250:1: rule__Decimal__Group__0 : rule__Decimal__Group__0__Impl rule__Decimal__Group__1 ;
    public final void rule__Decimal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7254:1: ( rule__Decimal__Group__0__Impl rule__Decimal__Group__1 )
            // InternalItup.g:7255:2: rule__Decimal__Group__0__Impl rule__Decimal__Group__1
            {
            pushFollow(FOLLOW_50);
            rule__Decimal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0"


    // $ANTLR start "rule__Decimal__Group__0__Impl"
    // InternalItup.g:7262:1: rule__Decimal__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7266:1: ( ( RULE_INT ) )
            // InternalItup.g:7267:1: ( RULE_INT )
            {
            // InternalItup.g:7267:1: ( RULE_INT )
            // InternalItup.g:7268:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0__Impl"


    // $ANTLR start "rule__Decimal__Group__1"
    // InternalItup.g:7277:1: rule__Decimal__Group__1 : rule__Decimal__Group__1__Impl ;
    public final void rule__Decimal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7281:1: ( rule__Decimal__Group__1__Impl )
            // InternalItup.g:7282:2: rule__Decimal__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1"


    // $ANTLR start "rule__Decimal__Group__1__Impl"
    // InternalItup.g:7288:1: rule__Decimal__Group__1__Impl : ( ( rule__Decimal__Group_1__0 )? ) ;
    public final void rule__Decimal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7292:1: ( ( ( rule__Decimal__Group_1__0 )? ) )
            // InternalItup.g:7293:1: ( ( rule__Decimal__Group_1__0 )? )
            {
            // InternalItup.g:7293:1: ( ( rule__Decimal__Group_1__0 )? )
            // InternalItup.g:7294:2: ( rule__Decimal__Group_1__0 )?
            {
             before(grammarAccess.getDecimalAccess().getGroup_1()); 
            // InternalItup.g:7295:2: ( rule__Decimal__Group_1__0 )?
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( (LA79_0==14) ) {
                alt79=1;
            }
            switch (alt79) {
                case 1 :
                    // InternalItup.g:7295:3: rule__Decimal__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Decimal__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDecimalAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1__Impl"


    // $ANTLR start "rule__Decimal__Group_1__0"
    // InternalItup.g:7304:1: rule__Decimal__Group_1__0 : rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 ;
    public final void rule__Decimal__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7308:1: ( rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 )
            // InternalItup.g:7309:2: rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1
            {
            pushFollow(FOLLOW_7);
            rule__Decimal__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0"


    // $ANTLR start "rule__Decimal__Group_1__0__Impl"
    // InternalItup.g:7316:1: rule__Decimal__Group_1__0__Impl : ( '.' ) ;
    public final void rule__Decimal__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7320:1: ( ( '.' ) )
            // InternalItup.g:7321:1: ( '.' )
            {
            // InternalItup.g:7321:1: ( '.' )
            // InternalItup.g:7322:2: '.'
            {
             before(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 
            match(input,14,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0__Impl"


    // $ANTLR start "rule__Decimal__Group_1__1"
    // InternalItup.g:7331:1: rule__Decimal__Group_1__1 : rule__Decimal__Group_1__1__Impl ;
    public final void rule__Decimal__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7335:1: ( rule__Decimal__Group_1__1__Impl )
            // InternalItup.g:7336:2: rule__Decimal__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1"


    // $ANTLR start "rule__Decimal__Group_1__1__Impl"
    // InternalItup.g:7342:1: rule__Decimal__Group_1__1__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7346:1: ( ( RULE_INT ) )
            // InternalItup.g:7347:1: ( RULE_INT )
            {
            // InternalItup.g:7347:1: ( RULE_INT )
            // InternalItup.g:7348:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1"
    // InternalItup.g:7358:1: rule__Target__UnorderedGroup_3_1 : ( rule__Target__UnorderedGroup_3_1__0 )? ;
    public final void rule__Target__UnorderedGroup_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
        	
        try {
            // InternalItup.g:7363:1: ( ( rule__Target__UnorderedGroup_3_1__0 )? )
            // InternalItup.g:7364:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            {
            // InternalItup.g:7364:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( LA80_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt80=1;
            }
            else if ( ( LA80_0 == 11 || LA80_0 >= 16 && LA80_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt80=1;
            }
            else if ( LA80_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt80=1;
            }
            else if ( LA80_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:7364:2: rule__Target__UnorderedGroup_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__Impl"
    // InternalItup.g:7372:1: rule__Target__UnorderedGroup_3_1__Impl : ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) ;
    public final void rule__Target__UnorderedGroup_3_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:7377:1: ( ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) )
            // InternalItup.g:7378:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:7378:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            int alt81=4;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt81=1;
            }
            else if ( ( LA81_0 == 11 || LA81_0 >= 16 && LA81_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt81=2;
            }
            else if ( LA81_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt81=3;
            }
            else if ( LA81_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt81=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 81, 0, input);

                throw nvae;
            }
            switch (alt81) {
                case 1 :
                    // InternalItup.g:7379:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:7379:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    // InternalItup.g:7380:4: {...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    }
                    // InternalItup.g:7380:104: ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    // InternalItup.g:7381:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7387:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    // InternalItup.g:7388:6: ( rule__Target__Group_3_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_0()); 
                    // InternalItup.g:7389:6: ( rule__Target__Group_3_1_0__0 )
                    // InternalItup.g:7389:7: rule__Target__Group_3_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:7394:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    {
                    // InternalItup.g:7394:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    // InternalItup.g:7395:4: {...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    }
                    // InternalItup.g:7395:104: ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    // InternalItup.g:7396:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7402:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    // InternalItup.g:7403:6: ( rule__Target__Alternatives_3_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 
                    // InternalItup.g:7404:6: ( rule__Target__Alternatives_3_1_1 )
                    // InternalItup.g:7404:7: rule__Target__Alternatives_3_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Alternatives_3_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:7409:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    {
                    // InternalItup.g:7409:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    // InternalItup.g:7410:4: {...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    }
                    // InternalItup.g:7410:104: ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    // InternalItup.g:7411:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7417:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    // InternalItup.g:7418:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    {
                     before(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 
                    // InternalItup.g:7419:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    // InternalItup.g:7419:7: rule__Target__BaselineAssignment_3_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__BaselineAssignment_3_1_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:7424:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:7424:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    // InternalItup.g:7425:4: {...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    }
                    // InternalItup.g:7425:104: ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    // InternalItup.g:7426:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7432:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    // InternalItup.g:7433:6: ( rule__Target__Group_3_1_3__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_3()); 
                    // InternalItup.g:7434:6: ( rule__Target__Group_3_1_3__0 )
                    // InternalItup.g:7434:7: rule__Target__Group_3_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__0"
    // InternalItup.g:7447:1: rule__Target__UnorderedGroup_3_1__0 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? ;
    public final void rule__Target__UnorderedGroup_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7451:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? )
            // InternalItup.g:7452:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )?
            {
            pushFollow(FOLLOW_51);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:7453:2: ( rule__Target__UnorderedGroup_3_1__1 )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt82=1;
            }
            else if ( ( LA82_0 == 11 || LA82_0 >= 16 && LA82_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt82=1;
            }
            else if ( LA82_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt82=1;
            }
            else if ( LA82_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalItup.g:7453:2: rule__Target__UnorderedGroup_3_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__0"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__1"
    // InternalItup.g:7459:1: rule__Target__UnorderedGroup_3_1__1 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? ;
    public final void rule__Target__UnorderedGroup_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7463:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? )
            // InternalItup.g:7464:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )?
            {
            pushFollow(FOLLOW_51);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:7465:2: ( rule__Target__UnorderedGroup_3_1__2 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt83=1;
            }
            else if ( ( LA83_0 == 11 || LA83_0 >= 16 && LA83_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt83=1;
            }
            else if ( LA83_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt83=1;
            }
            else if ( LA83_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:7465:2: rule__Target__UnorderedGroup_3_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__2"
    // InternalItup.g:7471:1: rule__Target__UnorderedGroup_3_1__2 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? ;
    public final void rule__Target__UnorderedGroup_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7475:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? )
            // InternalItup.g:7476:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )?
            {
            pushFollow(FOLLOW_51);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:7477:2: ( rule__Target__UnorderedGroup_3_1__3 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt84=1;
            }
            else if ( ( LA84_0 == 11 || LA84_0 >= 16 && LA84_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt84=1;
            }
            else if ( LA84_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt84=1;
            }
            else if ( LA84_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalItup.g:7477:2: rule__Target__UnorderedGroup_3_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__2"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__3"
    // InternalItup.g:7483:1: rule__Target__UnorderedGroup_3_1__3 : rule__Target__UnorderedGroup_3_1__Impl ;
    public final void rule__Target__UnorderedGroup_3_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7487:1: ( rule__Target__UnorderedGroup_3_1__Impl )
            // InternalItup.g:7488:2: rule__Target__UnorderedGroup_3_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__3"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1"
    // InternalItup.g:7495:1: rule__PerformanceIndicator__UnorderedGroup_2_1 : ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalItup.g:7500:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? )
            // InternalItup.g:7501:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            {
            // InternalItup.g:7501:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt85=1;
            }
            else if ( LA85_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt85=1;
            }
            else if ( LA85_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalItup.g:7501:2: rule__PerformanceIndicator__UnorderedGroup_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"
    // InternalItup.g:7509:1: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:7514:1: ( ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) )
            // InternalItup.g:7515:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:7515:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            int alt86=4;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt86=2;
            }
            else if ( LA86_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt86=3;
            }
            else if ( LA86_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt86=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 86, 0, input);

                throw nvae;
            }
            switch (alt86) {
                case 1 :
                    // InternalItup.g:7516:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:7516:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    // InternalItup.g:7517:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalItup.g:7517:118: ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    // InternalItup.g:7518:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7524:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    // InternalItup.g:7525:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 
                    // InternalItup.g:7526:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    // InternalItup.g:7526:7: rule__PerformanceIndicator__Group_2_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:7531:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    {
                    // InternalItup.g:7531:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    // InternalItup.g:7532:4: {...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalItup.g:7532:118: ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    // InternalItup.g:7533:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7539:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    // InternalItup.g:7540:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 
                    // InternalItup.g:7541:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    // InternalItup.g:7541:7: rule__PerformanceIndicator__BaselineAssignment_2_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__BaselineAssignment_2_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:7546:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalItup.g:7546:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    // InternalItup.g:7547:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalItup.g:7547:118: ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    // InternalItup.g:7548:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7554:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    // InternalItup.g:7555:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 
                    // InternalItup.g:7556:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    // InternalItup.g:7556:7: rule__PerformanceIndicator__Group_2_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:7561:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:7561:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    // InternalItup.g:7562:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalItup.g:7562:118: ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    // InternalItup.g:7563:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7569:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    // InternalItup.g:7570:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 
                    // InternalItup.g:7571:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    // InternalItup.g:7571:7: rule__PerformanceIndicator__Group_2_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__0"
    // InternalItup.g:7584:1: rule__PerformanceIndicator__UnorderedGroup_2_1__0 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7588:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? )
            // InternalItup.g:7589:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_52);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:7590:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt87=1;
            }
            else if ( LA87_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt87=1;
            }
            else if ( LA87_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalItup.g:7590:2: rule__PerformanceIndicator__UnorderedGroup_2_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__0"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__1"
    // InternalItup.g:7596:1: rule__PerformanceIndicator__UnorderedGroup_2_1__1 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7600:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? )
            // InternalItup.g:7601:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_52);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:7602:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt88=1;
            }
            else if ( LA88_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt88=1;
            }
            else if ( LA88_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt88=1;
            }
            else if ( LA88_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalItup.g:7602:2: rule__PerformanceIndicator__UnorderedGroup_2_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__2"
    // InternalItup.g:7608:1: rule__PerformanceIndicator__UnorderedGroup_2_1__2 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7612:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? )
            // InternalItup.g:7613:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_52);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:7614:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt89=1;
            }
            else if ( LA89_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt89=1;
            }
            else if ( LA89_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt89=1;
            }
            else if ( LA89_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalItup.g:7614:2: rule__PerformanceIndicator__UnorderedGroup_2_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__2"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__3"
    // InternalItup.g:7620:1: rule__PerformanceIndicator__UnorderedGroup_2_1__3 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7624:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl )
            // InternalItup.g:7625:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__Plan__NameAssignment_1"
    // InternalItup.g:7632:1: rule__Plan__NameAssignment_1 : ( rulePlanName ) ;
    public final void rule__Plan__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7636:1: ( ( rulePlanName ) )
            // InternalItup.g:7637:2: ( rulePlanName )
            {
            // InternalItup.g:7637:2: ( rulePlanName )
            // InternalItup.g:7638:3: rulePlanName
            {
             before(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__NameAssignment_1"


    // $ANTLR start "rule__Plan__TitleAssignment_2"
    // InternalItup.g:7647:1: rule__Plan__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Plan__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7651:1: ( ( RULE_STRING ) )
            // InternalItup.g:7652:2: ( RULE_STRING )
            {
            // InternalItup.g:7652:2: ( RULE_STRING )
            // InternalItup.g:7653:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__TitleAssignment_2"


    // $ANTLR start "rule__Plan__StartYearAssignment_3_1"
    // InternalItup.g:7662:1: rule__Plan__StartYearAssignment_3_1 : ( ruleYear ) ;
    public final void rule__Plan__StartYearAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7666:1: ( ( ruleYear ) )
            // InternalItup.g:7667:2: ( ruleYear )
            {
            // InternalItup.g:7667:2: ( ruleYear )
            // InternalItup.g:7668:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__StartYearAssignment_3_1"


    // $ANTLR start "rule__Plan__EndYearAssignment_3_3"
    // InternalItup.g:7677:1: rule__Plan__EndYearAssignment_3_3 : ( ruleYear ) ;
    public final void rule__Plan__EndYearAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7681:1: ( ( ruleYear ) )
            // InternalItup.g:7682:2: ( ruleYear )
            {
            // InternalItup.g:7682:2: ( ruleYear )
            // InternalItup.g:7683:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__EndYearAssignment_3_3"


    // $ANTLR start "rule__Plan__AdoptedByAssignment_4_2"
    // InternalItup.g:7692:1: rule__Plan__AdoptedByAssignment_4_2 : ( RULE_STRING ) ;
    public final void rule__Plan__AdoptedByAssignment_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7696:1: ( ( RULE_STRING ) )
            // InternalItup.g:7697:2: ( RULE_STRING )
            {
            // InternalItup.g:7697:2: ( RULE_STRING )
            // InternalItup.g:7698:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__AdoptedByAssignment_4_2"


    // $ANTLR start "rule__Plan__ImportsAssignment_5"
    // InternalItup.g:7707:1: rule__Plan__ImportsAssignment_5 : ( ruleImport ) ;
    public final void rule__Plan__ImportsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7711:1: ( ( ruleImport ) )
            // InternalItup.g:7712:2: ( ruleImport )
            {
            // InternalItup.g:7712:2: ( ruleImport )
            // InternalItup.g:7713:3: ruleImport
            {
             before(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ImportsAssignment_5"


    // $ANTLR start "rule__Plan__VisionAssignment_6_1"
    // InternalItup.g:7722:1: rule__Plan__VisionAssignment_6_1 : ( RULE_STRING ) ;
    public final void rule__Plan__VisionAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7726:1: ( ( RULE_STRING ) )
            // InternalItup.g:7727:2: ( RULE_STRING )
            {
            // InternalItup.g:7727:2: ( RULE_STRING )
            // InternalItup.g:7728:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__VisionAssignment_6_1"


    // $ANTLR start "rule__Plan__MissionAssignment_7_1"
    // InternalItup.g:7737:1: rule__Plan__MissionAssignment_7_1 : ( RULE_STRING ) ;
    public final void rule__Plan__MissionAssignment_7_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7741:1: ( ( RULE_STRING ) )
            // InternalItup.g:7742:2: ( RULE_STRING )
            {
            // InternalItup.g:7742:2: ( RULE_STRING )
            // InternalItup.g:7743:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__MissionAssignment_7_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_1"
    // InternalItup.g:7752:1: rule__Plan__SectorOrderAssignment_8_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7756:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:7757:2: ( ( ruleCode ) )
            {
            // InternalItup.g:7757:2: ( ( ruleCode ) )
            // InternalItup.g:7758:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 
            // InternalItup.g:7759:3: ( ruleCode )
            // InternalItup.g:7760:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_2_1"
    // InternalItup.g:7771:1: rule__Plan__SectorOrderAssignment_8_2_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7775:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:7776:2: ( ( ruleCode ) )
            {
            // InternalItup.g:7776:2: ( ( ruleCode ) )
            // InternalItup.g:7777:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 
            // InternalItup.g:7778:3: ( ruleCode )
            // InternalItup.g:7779:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_2_1"


    // $ANTLR start "rule__Plan__ValuesAssignment_9_0"
    // InternalItup.g:7790:1: rule__Plan__ValuesAssignment_9_0 : ( ruleCoreValue ) ;
    public final void rule__Plan__ValuesAssignment_9_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7794:1: ( ( ruleCoreValue ) )
            // InternalItup.g:7795:2: ( ruleCoreValue )
            {
            // InternalItup.g:7795:2: ( ruleCoreValue )
            // InternalItup.g:7796:3: ruleCoreValue
            {
             before(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ValuesAssignment_9_0"


    // $ANTLR start "rule__Plan__GoalsAssignment_9_1"
    // InternalItup.g:7805:1: rule__Plan__GoalsAssignment_9_1 : ( ruleGoal ) ;
    public final void rule__Plan__GoalsAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7809:1: ( ( ruleGoal ) )
            // InternalItup.g:7810:2: ( ruleGoal )
            {
            // InternalItup.g:7810:2: ( ruleGoal )
            // InternalItup.g:7811:3: ruleGoal
            {
             before(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 
            pushFollow(FOLLOW_2);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GoalsAssignment_9_1"


    // $ANTLR start "rule__Plan__SectorsAssignment_9_2"
    // InternalItup.g:7820:1: rule__Plan__SectorsAssignment_9_2 : ( ruleSector ) ;
    public final void rule__Plan__SectorsAssignment_9_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7824:1: ( ( ruleSector ) )
            // InternalItup.g:7825:2: ( ruleSector )
            {
            // InternalItup.g:7825:2: ( ruleSector )
            // InternalItup.g:7826:3: ruleSector
            {
             before(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorsAssignment_9_2"


    // $ANTLR start "rule__Plan__RisksAssignment_9_3"
    // InternalItup.g:7835:1: rule__Plan__RisksAssignment_9_3 : ( ruleStrategicRisk ) ;
    public final void rule__Plan__RisksAssignment_9_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7839:1: ( ( ruleStrategicRisk ) )
            // InternalItup.g:7840:2: ( ruleStrategicRisk )
            {
            // InternalItup.g:7840:2: ( ruleStrategicRisk )
            // InternalItup.g:7841:3: ruleStrategicRisk
            {
             before(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 
            pushFollow(FOLLOW_2);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__RisksAssignment_9_3"


    // $ANTLR start "rule__Plan__SwotAssignment_9_4_2"
    // InternalItup.g:7850:1: rule__Plan__SwotAssignment_9_4_2 : ( ruleSwotItem ) ;
    public final void rule__Plan__SwotAssignment_9_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7854:1: ( ( ruleSwotItem ) )
            // InternalItup.g:7855:2: ( ruleSwotItem )
            {
            // InternalItup.g:7855:2: ( ruleSwotItem )
            // InternalItup.g:7856:3: ruleSwotItem
            {
             before(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SwotAssignment_9_4_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_2"
    // InternalItup.g:7865:1: rule__Plan__WsisActionLinesAssignment_9_5_2 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7869:1: ( ( ruleCode ) )
            // InternalItup.g:7870:2: ( ruleCode )
            {
            // InternalItup.g:7870:2: ( ruleCode )
            // InternalItup.g:7871:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_3_1"
    // InternalItup.g:7880:1: rule__Plan__WsisActionLinesAssignment_9_5_3_1 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7884:1: ( ( ruleCode ) )
            // InternalItup.g:7885:2: ( ruleCode )
            {
            // InternalItup.g:7885:2: ( ruleCode )
            // InternalItup.g:7886:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_3_1"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"
    // InternalItup.g:7895:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7899:1: ( ( ruleCode ) )
            // InternalItup.g:7900:2: ( ruleCode )
            {
            // InternalItup.g:7900:2: ( ruleCode )
            // InternalItup.g:7901:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"
    // InternalItup.g:7910:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7914:1: ( ( ruleCode ) )
            // InternalItup.g:7915:2: ( ruleCode )
            {
            // InternalItup.g:7915:2: ( ruleCode )
            // InternalItup.g:7916:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"


    // $ANTLR start "rule__Plan__CriteriaAssignment_9_7"
    // InternalItup.g:7925:1: rule__Plan__CriteriaAssignment_9_7 : ( ruleImplementationCriterion ) ;
    public final void rule__Plan__CriteriaAssignment_9_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7929:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:7930:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:7930:2: ( ruleImplementationCriterion )
            // InternalItup.g:7931:3: ruleImplementationCriterion
            {
             before(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__CriteriaAssignment_9_7"


    // $ANTLR start "rule__Plan__GlossaryAssignment_9_8"
    // InternalItup.g:7940:1: rule__Plan__GlossaryAssignment_9_8 : ( ruleGlossaryTerm ) ;
    public final void rule__Plan__GlossaryAssignment_9_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7944:1: ( ( ruleGlossaryTerm ) )
            // InternalItup.g:7945:2: ( ruleGlossaryTerm )
            {
            // InternalItup.g:7945:2: ( ruleGlossaryTerm )
            // InternalItup.g:7946:3: ruleGlossaryTerm
            {
             before(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 
            pushFollow(FOLLOW_2);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GlossaryAssignment_9_8"


    // $ANTLR start "rule__Import__PlanAssignment_1"
    // InternalItup.g:7955:1: rule__Import__PlanAssignment_1 : ( ( rulePlanName ) ) ;
    public final void rule__Import__PlanAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7959:1: ( ( ( rulePlanName ) ) )
            // InternalItup.g:7960:2: ( ( rulePlanName ) )
            {
            // InternalItup.g:7960:2: ( ( rulePlanName ) )
            // InternalItup.g:7961:3: ( rulePlanName )
            {
             before(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 
            // InternalItup.g:7962:3: ( rulePlanName )
            // InternalItup.g:7963:4: rulePlanName
            {
             before(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__PlanAssignment_1"


    // $ANTLR start "rule__CoreValue__NameAssignment_1"
    // InternalItup.g:7974:1: rule__CoreValue__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__CoreValue__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7978:1: ( ( ruleCode ) )
            // InternalItup.g:7979:2: ( ruleCode )
            {
            // InternalItup.g:7979:2: ( ruleCode )
            // InternalItup.g:7980:3: ruleCode
            {
             before(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__NameAssignment_1"


    // $ANTLR start "rule__CoreValue__TitleAssignment_2"
    // InternalItup.g:7989:1: rule__CoreValue__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__CoreValue__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7993:1: ( ( RULE_STRING ) )
            // InternalItup.g:7994:2: ( RULE_STRING )
            {
            // InternalItup.g:7994:2: ( RULE_STRING )
            // InternalItup.g:7995:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__TitleAssignment_2"


    // $ANTLR start "rule__CoreValue__StatementAssignment_3"
    // InternalItup.g:8004:1: rule__CoreValue__StatementAssignment_3 : ( RULE_STRING ) ;
    public final void rule__CoreValue__StatementAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8008:1: ( ( RULE_STRING ) )
            // InternalItup.g:8009:2: ( RULE_STRING )
            {
            // InternalItup.g:8009:2: ( RULE_STRING )
            // InternalItup.g:8010:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__StatementAssignment_3"


    // $ANTLR start "rule__Goal__NameAssignment_1"
    // InternalItup.g:8019:1: rule__Goal__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Goal__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8023:1: ( ( ruleCode ) )
            // InternalItup.g:8024:2: ( ruleCode )
            {
            // InternalItup.g:8024:2: ( ruleCode )
            // InternalItup.g:8025:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__NameAssignment_1"


    // $ANTLR start "rule__Goal__TitleAssignment_2"
    // InternalItup.g:8034:1: rule__Goal__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Goal__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8038:1: ( ( RULE_STRING ) )
            // InternalItup.g:8039:2: ( RULE_STRING )
            {
            // InternalItup.g:8039:2: ( RULE_STRING )
            // InternalItup.g:8040:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TitleAssignment_2"


    // $ANTLR start "rule__Goal__StatementAssignment_4_1"
    // InternalItup.g:8049:1: rule__Goal__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Goal__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8053:1: ( ( RULE_STRING ) )
            // InternalItup.g:8054:2: ( RULE_STRING )
            {
            // InternalItup.g:8054:2: ( RULE_STRING )
            // InternalItup.g:8055:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__StatementAssignment_4_1"


    // $ANTLR start "rule__Goal__DescriptionAssignment_5_1"
    // InternalItup.g:8064:1: rule__Goal__DescriptionAssignment_5_1 : ( RULE_STRING ) ;
    public final void rule__Goal__DescriptionAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8068:1: ( ( RULE_STRING ) )
            // InternalItup.g:8069:2: ( RULE_STRING )
            {
            // InternalItup.g:8069:2: ( RULE_STRING )
            // InternalItup.g:8070:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__DescriptionAssignment_5_1"


    // $ANTLR start "rule__Goal__TargetsAssignment_6_0"
    // InternalItup.g:8079:1: rule__Goal__TargetsAssignment_6_0 : ( ruleTarget ) ;
    public final void rule__Goal__TargetsAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8083:1: ( ( ruleTarget ) )
            // InternalItup.g:8084:2: ( ruleTarget )
            {
            // InternalItup.g:8084:2: ( ruleTarget )
            // InternalItup.g:8085:3: ruleTarget
            {
             before(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 
            pushFollow(FOLLOW_2);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TargetsAssignment_6_0"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_1"
    // InternalItup.g:8094:1: rule__Goal__SdgLinksAssignment_6_1_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8098:1: ( ( ruleSdgLink ) )
            // InternalItup.g:8099:2: ( ruleSdgLink )
            {
            // InternalItup.g:8099:2: ( ruleSdgLink )
            // InternalItup.g:8100:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_1"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_2_1"
    // InternalItup.g:8109:1: rule__Goal__SdgLinksAssignment_6_1_2_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8113:1: ( ( ruleSdgLink ) )
            // InternalItup.g:8114:2: ( ruleSdgLink )
            {
            // InternalItup.g:8114:2: ( ruleSdgLink )
            // InternalItup.g:8115:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_1"
    // InternalItup.g:8124:1: rule__Goal__WsisActionLinesAssignment_6_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8128:1: ( ( ruleCode ) )
            // InternalItup.g:8129:2: ( ruleCode )
            {
            // InternalItup.g:8129:2: ( ruleCode )
            // InternalItup.g:8130:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_2_1"
    // InternalItup.g:8139:1: rule__Goal__WsisActionLinesAssignment_6_2_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8143:1: ( ( ruleCode ) )
            // InternalItup.g:8144:2: ( ruleCode )
            {
            // InternalItup.g:8144:2: ( ruleCode )
            // InternalItup.g:8145:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_2_1"


    // $ANTLR start "rule__Target__NameAssignment_1"
    // InternalItup.g:8154:1: rule__Target__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Target__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8158:1: ( ( ruleCode ) )
            // InternalItup.g:8159:2: ( ruleCode )
            {
            // InternalItup.g:8159:2: ( ruleCode )
            // InternalItup.g:8160:3: ruleCode
            {
             before(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__NameAssignment_1"


    // $ANTLR start "rule__Target__StatementAssignment_2"
    // InternalItup.g:8169:1: rule__Target__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Target__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8173:1: ( ( RULE_STRING ) )
            // InternalItup.g:8174:2: ( RULE_STRING )
            {
            // InternalItup.g:8174:2: ( RULE_STRING )
            // InternalItup.g:8175:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__StatementAssignment_2"


    // $ANTLR start "rule__Target__DeadlineAssignment_3_1_0_1"
    // InternalItup.g:8184:1: rule__Target__DeadlineAssignment_3_1_0_1 : ( ruleYear ) ;
    public final void rule__Target__DeadlineAssignment_3_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8188:1: ( ( ruleYear ) )
            // InternalItup.g:8189:2: ( ruleYear )
            {
            // InternalItup.g:8189:2: ( ruleYear )
            // InternalItup.g:8190:3: ruleYear
            {
             before(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__DeadlineAssignment_3_1_0_1"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_0_0"
    // InternalItup.g:8199:1: rule__Target__KindAssignment_3_1_1_0_0 : ( ruleMeasuredTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8203:1: ( ( ruleMeasuredTargetKind ) )
            // InternalItup.g:8204:2: ( ruleMeasuredTargetKind )
            {
            // InternalItup.g:8204:2: ( ruleMeasuredTargetKind )
            // InternalItup.g:8205:3: ruleMeasuredTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasuredTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_0_0"


    // $ANTLR start "rule__Target__ValueAssignment_3_1_1_0_1"
    // InternalItup.g:8214:1: rule__Target__ValueAssignment_3_1_1_0_1 : ( ruleDecimal ) ;
    public final void rule__Target__ValueAssignment_3_1_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8218:1: ( ( ruleDecimal ) )
            // InternalItup.g:8219:2: ( ruleDecimal )
            {
            // InternalItup.g:8219:2: ( ruleDecimal )
            // InternalItup.g:8220:3: ruleDecimal
            {
             before(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__ValueAssignment_3_1_1_0_1"


    // $ANTLR start "rule__Target__UnitAssignment_3_1_1_0_2"
    // InternalItup.g:8229:1: rule__Target__UnitAssignment_3_1_1_0_2 : ( RULE_STRING ) ;
    public final void rule__Target__UnitAssignment_3_1_1_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8233:1: ( ( RULE_STRING ) )
            // InternalItup.g:8234:2: ( RULE_STRING )
            {
            // InternalItup.g:8234:2: ( RULE_STRING )
            // InternalItup.g:8235:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnitAssignment_3_1_1_0_2"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_1"
    // InternalItup.g:8244:1: rule__Target__KindAssignment_3_1_1_1 : ( ruleQualitativeTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8248:1: ( ( ruleQualitativeTargetKind ) )
            // InternalItup.g:8249:2: ( ruleQualitativeTargetKind )
            {
            // InternalItup.g:8249:2: ( ruleQualitativeTargetKind )
            // InternalItup.g:8250:3: ruleQualitativeTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleQualitativeTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_1"


    // $ANTLR start "rule__Target__BaselineAssignment_3_1_2"
    // InternalItup.g:8259:1: rule__Target__BaselineAssignment_3_1_2 : ( ruleBaseline ) ;
    public final void rule__Target__BaselineAssignment_3_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8263:1: ( ( ruleBaseline ) )
            // InternalItup.g:8264:2: ( ruleBaseline )
            {
            // InternalItup.g:8264:2: ( ruleBaseline )
            // InternalItup.g:8265:3: ruleBaseline
            {
             before(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__BaselineAssignment_3_1_2"


    // $ANTLR start "rule__Target__PopulationAssignment_3_1_3_1"
    // InternalItup.g:8274:1: rule__Target__PopulationAssignment_3_1_3_1 : ( RULE_STRING ) ;
    public final void rule__Target__PopulationAssignment_3_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8278:1: ( ( RULE_STRING ) )
            // InternalItup.g:8279:2: ( RULE_STRING )
            {
            // InternalItup.g:8279:2: ( RULE_STRING )
            // InternalItup.g:8280:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__PopulationAssignment_3_1_3_1"


    // $ANTLR start "rule__Target__IndicatorsAssignment_3_2"
    // InternalItup.g:8289:1: rule__Target__IndicatorsAssignment_3_2 : ( rulePerformanceIndicator ) ;
    public final void rule__Target__IndicatorsAssignment_3_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8293:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:8294:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:8294:2: ( rulePerformanceIndicator )
            // InternalItup.g:8295:3: rulePerformanceIndicator
            {
             before(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__IndicatorsAssignment_3_2"


    // $ANTLR start "rule__Baseline__YearAssignment_1"
    // InternalItup.g:8304:1: rule__Baseline__YearAssignment_1 : ( ruleYear ) ;
    public final void rule__Baseline__YearAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8308:1: ( ( ruleYear ) )
            // InternalItup.g:8309:2: ( ruleYear )
            {
            // InternalItup.g:8309:2: ( ruleYear )
            // InternalItup.g:8310:3: ruleYear
            {
             before(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__YearAssignment_1"


    // $ANTLR start "rule__Baseline__MeasuredAssignment_2_0"
    // InternalItup.g:8319:1: rule__Baseline__MeasuredAssignment_2_0 : ( ( 'measured' ) ) ;
    public final void rule__Baseline__MeasuredAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8323:1: ( ( ( 'measured' ) ) )
            // InternalItup.g:8324:2: ( ( 'measured' ) )
            {
            // InternalItup.g:8324:2: ( ( 'measured' ) )
            // InternalItup.g:8325:3: ( 'measured' )
            {
             before(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 
            // InternalItup.g:8326:3: ( 'measured' )
            // InternalItup.g:8327:4: 'measured'
            {
             before(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 

            }

             after(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__MeasuredAssignment_2_0"


    // $ANTLR start "rule__Baseline__ValueAssignment_2_1_1"
    // InternalItup.g:8338:1: rule__Baseline__ValueAssignment_2_1_1 : ( ruleDecimal ) ;
    public final void rule__Baseline__ValueAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8342:1: ( ( ruleDecimal ) )
            // InternalItup.g:8343:2: ( ruleDecimal )
            {
            // InternalItup.g:8343:2: ( ruleDecimal )
            // InternalItup.g:8344:3: ruleDecimal
            {
             before(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__ValueAssignment_2_1_1"


    // $ANTLR start "rule__Baseline__UnitAssignment_2_1_2"
    // InternalItup.g:8353:1: rule__Baseline__UnitAssignment_2_1_2 : ( RULE_STRING ) ;
    public final void rule__Baseline__UnitAssignment_2_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8357:1: ( ( RULE_STRING ) )
            // InternalItup.g:8358:2: ( RULE_STRING )
            {
            // InternalItup.g:8358:2: ( RULE_STRING )
            // InternalItup.g:8359:3: RULE_STRING
            {
             before(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__UnitAssignment_2_1_2"


    // $ANTLR start "rule__SdgLink__TargetAssignment_0"
    // InternalItup.g:8368:1: rule__SdgLink__TargetAssignment_0 : ( ruleCode ) ;
    public final void rule__SdgLink__TargetAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8372:1: ( ( ruleCode ) )
            // InternalItup.g:8373:2: ( ruleCode )
            {
            // InternalItup.g:8373:2: ( ruleCode )
            // InternalItup.g:8374:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__TargetAssignment_0"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_1"
    // InternalItup.g:8383:1: rule__SdgLink__IndicatorsAssignment_1_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8387:1: ( ( ruleCode ) )
            // InternalItup.g:8388:2: ( ruleCode )
            {
            // InternalItup.g:8388:2: ( ruleCode )
            // InternalItup.g:8389:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_1"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_2_1"
    // InternalItup.g:8398:1: rule__SdgLink__IndicatorsAssignment_1_2_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8402:1: ( ( ruleCode ) )
            // InternalItup.g:8403:2: ( ruleCode )
            {
            // InternalItup.g:8403:2: ( ruleCode )
            // InternalItup.g:8404:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_2_1"


    // $ANTLR start "rule__Sector__KindAssignment_0"
    // InternalItup.g:8413:1: rule__Sector__KindAssignment_0 : ( ruleSectorKind ) ;
    public final void rule__Sector__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8417:1: ( ( ruleSectorKind ) )
            // InternalItup.g:8418:2: ( ruleSectorKind )
            {
            // InternalItup.g:8418:2: ( ruleSectorKind )
            // InternalItup.g:8419:3: ruleSectorKind
            {
             before(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSectorKind();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__KindAssignment_0"


    // $ANTLR start "rule__Sector__NameAssignment_1"
    // InternalItup.g:8428:1: rule__Sector__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Sector__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8432:1: ( ( ruleCode ) )
            // InternalItup.g:8433:2: ( ruleCode )
            {
            // InternalItup.g:8433:2: ( ruleCode )
            // InternalItup.g:8434:3: ruleCode
            {
             before(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__NameAssignment_1"


    // $ANTLR start "rule__Sector__TitleAssignment_2"
    // InternalItup.g:8443:1: rule__Sector__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Sector__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8447:1: ( ( RULE_STRING ) )
            // InternalItup.g:8448:2: ( RULE_STRING )
            {
            // InternalItup.g:8448:2: ( RULE_STRING )
            // InternalItup.g:8449:3: RULE_STRING
            {
             before(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__TitleAssignment_2"


    // $ANTLR start "rule__Sector__BureauAssignment_4_1"
    // InternalItup.g:8458:1: rule__Sector__BureauAssignment_4_1 : ( ruleBureau ) ;
    public final void rule__Sector__BureauAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8462:1: ( ( ruleBureau ) )
            // InternalItup.g:8463:2: ( ruleBureau )
            {
            // InternalItup.g:8463:2: ( ruleBureau )
            // InternalItup.g:8464:3: ruleBureau
            {
             before(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__BureauAssignment_4_1"


    // $ANTLR start "rule__Sector__ObjectivesAssignment_5_0"
    // InternalItup.g:8473:1: rule__Sector__ObjectivesAssignment_5_0 : ( ruleObjective ) ;
    public final void rule__Sector__ObjectivesAssignment_5_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8477:1: ( ( ruleObjective ) )
            // InternalItup.g:8478:2: ( ruleObjective )
            {
            // InternalItup.g:8478:2: ( ruleObjective )
            // InternalItup.g:8479:3: ruleObjective
            {
             before(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 
            pushFollow(FOLLOW_2);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__ObjectivesAssignment_5_0"


    // $ANTLR start "rule__Sector__EnablersAssignment_5_1"
    // InternalItup.g:8488:1: rule__Sector__EnablersAssignment_5_1 : ( ruleEnabler ) ;
    public final void rule__Sector__EnablersAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8492:1: ( ( ruleEnabler ) )
            // InternalItup.g:8493:2: ( ruleEnabler )
            {
            // InternalItup.g:8493:2: ( ruleEnabler )
            // InternalItup.g:8494:3: ruleEnabler
            {
             before(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 
            pushFollow(FOLLOW_2);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__EnablersAssignment_5_1"


    // $ANTLR start "rule__Bureau__NameAssignment_0"
    // InternalItup.g:8503:1: rule__Bureau__NameAssignment_0 : ( ruleCode ) ;
    public final void rule__Bureau__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8507:1: ( ( ruleCode ) )
            // InternalItup.g:8508:2: ( ruleCode )
            {
            // InternalItup.g:8508:2: ( ruleCode )
            // InternalItup.g:8509:3: ruleCode
            {
             before(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__NameAssignment_0"


    // $ANTLR start "rule__Bureau__TitleAssignment_1"
    // InternalItup.g:8518:1: rule__Bureau__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Bureau__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8522:1: ( ( RULE_STRING ) )
            // InternalItup.g:8523:2: ( RULE_STRING )
            {
            // InternalItup.g:8523:2: ( RULE_STRING )
            // InternalItup.g:8524:3: RULE_STRING
            {
             before(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__TitleAssignment_1"


    // $ANTLR start "rule__Objective__NameAssignment_1"
    // InternalItup.g:8533:1: rule__Objective__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Objective__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8537:1: ( ( ruleCode ) )
            // InternalItup.g:8538:2: ( ruleCode )
            {
            // InternalItup.g:8538:2: ( ruleCode )
            // InternalItup.g:8539:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__NameAssignment_1"


    // $ANTLR start "rule__Objective__TitleAssignment_2"
    // InternalItup.g:8548:1: rule__Objective__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Objective__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8552:1: ( ( RULE_STRING ) )
            // InternalItup.g:8553:2: ( RULE_STRING )
            {
            // InternalItup.g:8553:2: ( RULE_STRING )
            // InternalItup.g:8554:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__TitleAssignment_2"


    // $ANTLR start "rule__Objective__StatementAssignment_4_1"
    // InternalItup.g:8563:1: rule__Objective__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Objective__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8567:1: ( ( RULE_STRING ) )
            // InternalItup.g:8568:2: ( RULE_STRING )
            {
            // InternalItup.g:8568:2: ( RULE_STRING )
            // InternalItup.g:8569:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__StatementAssignment_4_1"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_2"
    // InternalItup.g:8578:1: rule__Objective__PrimaryGoalsAssignment_5_0_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8582:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8583:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8583:2: ( ( ruleCode ) )
            // InternalItup.g:8584:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 
            // InternalItup.g:8585:3: ( ruleCode )
            // InternalItup.g:8586:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_2"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"
    // InternalItup.g:8597:1: rule__Objective__PrimaryGoalsAssignment_5_0_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8601:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8602:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8602:2: ( ( ruleCode ) )
            // InternalItup.g:8603:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 
            // InternalItup.g:8604:3: ( ruleCode )
            // InternalItup.g:8605:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_2"
    // InternalItup.g:8616:1: rule__Objective__SecondaryGoalsAssignment_5_1_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8620:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8621:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8621:2: ( ( ruleCode ) )
            // InternalItup.g:8622:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 
            // InternalItup.g:8623:3: ( ruleCode )
            // InternalItup.g:8624:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_2"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"
    // InternalItup.g:8635:1: rule__Objective__SecondaryGoalsAssignment_5_1_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8639:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8640:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8640:2: ( ( ruleCode ) )
            // InternalItup.g:8641:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 
            // InternalItup.g:8642:3: ( ruleCode )
            // InternalItup.g:8643:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_1"
    // InternalItup.g:8654:1: rule__Objective__WsisActionLinesAssignment_5_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8658:1: ( ( ruleCode ) )
            // InternalItup.g:8659:2: ( ruleCode )
            {
            // InternalItup.g:8659:2: ( ruleCode )
            // InternalItup.g:8660:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_2_1"
    // InternalItup.g:8669:1: rule__Objective__WsisActionLinesAssignment_5_2_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8673:1: ( ( ruleCode ) )
            // InternalItup.g:8674:2: ( ruleCode )
            {
            // InternalItup.g:8674:2: ( ruleCode )
            // InternalItup.g:8675:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_2_1"


    // $ANTLR start "rule__Objective__OutcomesAssignment_5_3"
    // InternalItup.g:8684:1: rule__Objective__OutcomesAssignment_5_3 : ( ruleOutcome ) ;
    public final void rule__Objective__OutcomesAssignment_5_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8688:1: ( ( ruleOutcome ) )
            // InternalItup.g:8689:2: ( ruleOutcome )
            {
            // InternalItup.g:8689:2: ( ruleOutcome )
            // InternalItup.g:8690:3: ruleOutcome
            {
             before(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 
            pushFollow(FOLLOW_2);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutcomesAssignment_5_3"


    // $ANTLR start "rule__Objective__OutputsAssignment_5_4"
    // InternalItup.g:8699:1: rule__Objective__OutputsAssignment_5_4 : ( ruleOutput ) ;
    public final void rule__Objective__OutputsAssignment_5_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8703:1: ( ( ruleOutput ) )
            // InternalItup.g:8704:2: ( ruleOutput )
            {
            // InternalItup.g:8704:2: ( ruleOutput )
            // InternalItup.g:8705:3: ruleOutput
            {
             before(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 
            pushFollow(FOLLOW_2);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutputsAssignment_5_4"


    // $ANTLR start "rule__Outcome__NameAssignment_1"
    // InternalItup.g:8714:1: rule__Outcome__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Outcome__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8718:1: ( ( ruleCode ) )
            // InternalItup.g:8719:2: ( ruleCode )
            {
            // InternalItup.g:8719:2: ( ruleCode )
            // InternalItup.g:8720:3: ruleCode
            {
             before(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__NameAssignment_1"


    // $ANTLR start "rule__Outcome__StatementAssignment_2"
    // InternalItup.g:8729:1: rule__Outcome__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Outcome__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8733:1: ( ( RULE_STRING ) )
            // InternalItup.g:8734:2: ( RULE_STRING )
            {
            // InternalItup.g:8734:2: ( RULE_STRING )
            // InternalItup.g:8735:3: RULE_STRING
            {
             before(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__StatementAssignment_2"


    // $ANTLR start "rule__Outcome__IndicatorsAssignment_3_1"
    // InternalItup.g:8744:1: rule__Outcome__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Outcome__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8748:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:8749:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:8749:2: ( rulePerformanceIndicator )
            // InternalItup.g:8750:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__Output__NameAssignment_1"
    // InternalItup.g:8759:1: rule__Output__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Output__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8763:1: ( ( ruleCode ) )
            // InternalItup.g:8764:2: ( ruleCode )
            {
            // InternalItup.g:8764:2: ( ruleCode )
            // InternalItup.g:8765:3: ruleCode
            {
             before(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__NameAssignment_1"


    // $ANTLR start "rule__Output__StatementAssignment_2"
    // InternalItup.g:8774:1: rule__Output__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Output__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8778:1: ( ( RULE_STRING ) )
            // InternalItup.g:8779:2: ( RULE_STRING )
            {
            // InternalItup.g:8779:2: ( RULE_STRING )
            // InternalItup.g:8780:3: RULE_STRING
            {
             before(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__StatementAssignment_2"


    // $ANTLR start "rule__Output__IndicatorsAssignment_3_1"
    // InternalItup.g:8789:1: rule__Output__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Output__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8793:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:8794:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:8794:2: ( rulePerformanceIndicator )
            // InternalItup.g:8795:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__PerformanceIndicator__NameAssignment_1"
    // InternalItup.g:8804:1: rule__PerformanceIndicator__NameAssignment_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8808:1: ( ( RULE_STRING ) )
            // InternalItup.g:8809:2: ( RULE_STRING )
            {
            // InternalItup.g:8809:2: ( RULE_STRING )
            // InternalItup.g:8810:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__NameAssignment_1"


    // $ANTLR start "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"
    // InternalItup.g:8819:1: rule__PerformanceIndicator__UnitAssignment_2_1_0_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__UnitAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8823:1: ( ( RULE_STRING ) )
            // InternalItup.g:8824:2: ( RULE_STRING )
            {
            // InternalItup.g:8824:2: ( RULE_STRING )
            // InternalItup.g:8825:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"


    // $ANTLR start "rule__PerformanceIndicator__BaselineAssignment_2_1_1"
    // InternalItup.g:8834:1: rule__PerformanceIndicator__BaselineAssignment_2_1_1 : ( ruleBaseline ) ;
    public final void rule__PerformanceIndicator__BaselineAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8838:1: ( ( ruleBaseline ) )
            // InternalItup.g:8839:2: ( ruleBaseline )
            {
            // InternalItup.g:8839:2: ( ruleBaseline )
            // InternalItup.g:8840:3: ruleBaseline
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__BaselineAssignment_2_1_1"


    // $ANTLR start "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"
    // InternalItup.g:8849:1: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 : ( ruleDecimal ) ;
    public final void rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8853:1: ( ( ruleDecimal ) )
            // InternalItup.g:8854:2: ( ruleDecimal )
            {
            // InternalItup.g:8854:2: ( ruleDecimal )
            // InternalItup.g:8855:3: ruleDecimal
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"


    // $ANTLR start "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"
    // InternalItup.g:8864:1: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 : ( ruleIndicatorDirection ) ;
    public final void rule__PerformanceIndicator__DirectionAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8868:1: ( ( ruleIndicatorDirection ) )
            // InternalItup.g:8869:2: ( ruleIndicatorDirection )
            {
            // InternalItup.g:8869:2: ( ruleIndicatorDirection )
            // InternalItup.g:8870:3: ruleIndicatorDirection
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIndicatorDirection();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"


    // $ANTLR start "rule__Enabler__NameAssignment_1"
    // InternalItup.g:8879:1: rule__Enabler__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Enabler__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8883:1: ( ( ruleCode ) )
            // InternalItup.g:8884:2: ( ruleCode )
            {
            // InternalItup.g:8884:2: ( ruleCode )
            // InternalItup.g:8885:3: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__NameAssignment_1"


    // $ANTLR start "rule__Enabler__TitleAssignment_2"
    // InternalItup.g:8894:1: rule__Enabler__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Enabler__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8898:1: ( ( RULE_STRING ) )
            // InternalItup.g:8899:2: ( RULE_STRING )
            {
            // InternalItup.g:8899:2: ( RULE_STRING )
            // InternalItup.g:8900:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__TitleAssignment_2"


    // $ANTLR start "rule__Enabler__SupportsAllAssignment_4_1_0"
    // InternalItup.g:8909:1: rule__Enabler__SupportsAllAssignment_4_1_0 : ( ( 'all' ) ) ;
    public final void rule__Enabler__SupportsAllAssignment_4_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8913:1: ( ( ( 'all' ) ) )
            // InternalItup.g:8914:2: ( ( 'all' ) )
            {
            // InternalItup.g:8914:2: ( ( 'all' ) )
            // InternalItup.g:8915:3: ( 'all' )
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            // InternalItup.g:8916:3: ( 'all' )
            // InternalItup.g:8917:4: 'all'
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportsAllAssignment_4_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"
    // InternalItup.g:8928:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8932:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8933:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8933:2: ( ( ruleCode ) )
            // InternalItup.g:8934:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 
            // InternalItup.g:8935:3: ( ruleCode )
            // InternalItup.g:8936:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"
    // InternalItup.g:8947:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8951:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8952:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8952:2: ( ( ruleCode ) )
            // InternalItup.g:8953:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 
            // InternalItup.g:8954:3: ( ruleCode )
            // InternalItup.g:8955:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"


    // $ANTLR start "rule__Enabler__ActivitiesAssignment_5_0_1"
    // InternalItup.g:8966:1: rule__Enabler__ActivitiesAssignment_5_0_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ActivitiesAssignment_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8970:1: ( ( RULE_STRING ) )
            // InternalItup.g:8971:2: ( RULE_STRING )
            {
            // InternalItup.g:8971:2: ( RULE_STRING )
            // InternalItup.g:8972:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ActivitiesAssignment_5_0_1"


    // $ANTLR start "rule__Enabler__ContributionsAssignment_5_1_1"
    // InternalItup.g:8981:1: rule__Enabler__ContributionsAssignment_5_1_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ContributionsAssignment_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8985:1: ( ( RULE_STRING ) )
            // InternalItup.g:8986:2: ( RULE_STRING )
            {
            // InternalItup.g:8986:2: ( RULE_STRING )
            // InternalItup.g:8987:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ContributionsAssignment_5_1_1"


    // $ANTLR start "rule__Enabler__ResultsAssignment_5_2_1"
    // InternalItup.g:8996:1: rule__Enabler__ResultsAssignment_5_2_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ResultsAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9000:1: ( ( RULE_STRING ) )
            // InternalItup.g:9001:2: ( RULE_STRING )
            {
            // InternalItup.g:9001:2: ( RULE_STRING )
            // InternalItup.g:9002:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ResultsAssignment_5_2_1"


    // $ANTLR start "rule__StrategicRisk__NameAssignment_1"
    // InternalItup.g:9011:1: rule__StrategicRisk__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__StrategicRisk__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9015:1: ( ( ruleCode ) )
            // InternalItup.g:9016:2: ( ruleCode )
            {
            // InternalItup.g:9016:2: ( ruleCode )
            // InternalItup.g:9017:3: ruleCode
            {
             before(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__NameAssignment_1"


    // $ANTLR start "rule__StrategicRisk__TitleAssignment_2"
    // InternalItup.g:9026:1: rule__StrategicRisk__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9030:1: ( ( RULE_STRING ) )
            // InternalItup.g:9031:2: ( RULE_STRING )
            {
            // InternalItup.g:9031:2: ( RULE_STRING )
            // InternalItup.g:9032:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__TitleAssignment_2"


    // $ANTLR start "rule__StrategicRisk__AspectsAssignment_4_1"
    // InternalItup.g:9041:1: rule__StrategicRisk__AspectsAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__AspectsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9045:1: ( ( RULE_STRING ) )
            // InternalItup.g:9046:2: ( RULE_STRING )
            {
            // InternalItup.g:9046:2: ( RULE_STRING )
            // InternalItup.g:9047:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__AspectsAssignment_4_1"


    // $ANTLR start "rule__StrategicRisk__MitigationsAssignment_5"
    // InternalItup.g:9056:1: rule__StrategicRisk__MitigationsAssignment_5 : ( ruleMitigation ) ;
    public final void rule__StrategicRisk__MitigationsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9060:1: ( ( ruleMitigation ) )
            // InternalItup.g:9061:2: ( ruleMitigation )
            {
            // InternalItup.g:9061:2: ( ruleMitigation )
            // InternalItup.g:9062:3: ruleMitigation
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__MitigationsAssignment_5"


    // $ANTLR start "rule__Mitigation__TreatmentAssignment_1"
    // InternalItup.g:9071:1: rule__Mitigation__TreatmentAssignment_1 : ( ruleRiskTreatment ) ;
    public final void rule__Mitigation__TreatmentAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9075:1: ( ( ruleRiskTreatment ) )
            // InternalItup.g:9076:2: ( ruleRiskTreatment )
            {
            // InternalItup.g:9076:2: ( ruleRiskTreatment )
            // InternalItup.g:9077:3: ruleRiskTreatment
            {
             before(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleRiskTreatment();

            state._fsp--;

             after(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__TreatmentAssignment_1"


    // $ANTLR start "rule__Mitigation__StatementAssignment_2"
    // InternalItup.g:9086:1: rule__Mitigation__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Mitigation__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9090:1: ( ( RULE_STRING ) )
            // InternalItup.g:9091:2: ( RULE_STRING )
            {
            // InternalItup.g:9091:2: ( RULE_STRING )
            // InternalItup.g:9092:3: RULE_STRING
            {
             before(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__StatementAssignment_2"


    // $ANTLR start "rule__SwotItem__KindAssignment_0"
    // InternalItup.g:9101:1: rule__SwotItem__KindAssignment_0 : ( ruleSwotKind ) ;
    public final void rule__SwotItem__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9105:1: ( ( ruleSwotKind ) )
            // InternalItup.g:9106:2: ( ruleSwotKind )
            {
            // InternalItup.g:9106:2: ( ruleSwotKind )
            // InternalItup.g:9107:3: ruleSwotKind
            {
             before(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotKind();

            state._fsp--;

             after(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__KindAssignment_0"


    // $ANTLR start "rule__SwotItem__StatementAssignment_1"
    // InternalItup.g:9116:1: rule__SwotItem__StatementAssignment_1 : ( RULE_STRING ) ;
    public final void rule__SwotItem__StatementAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9120:1: ( ( RULE_STRING ) )
            // InternalItup.g:9121:2: ( RULE_STRING )
            {
            // InternalItup.g:9121:2: ( RULE_STRING )
            // InternalItup.g:9122:3: RULE_STRING
            {
             before(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__StatementAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__TitleAssignment_1"
    // InternalItup.g:9131:1: rule__ImplementationCriterion__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9135:1: ( ( RULE_STRING ) )
            // InternalItup.g:9136:2: ( RULE_STRING )
            {
            // InternalItup.g:9136:2: ( RULE_STRING )
            // InternalItup.g:9137:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__TitleAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__StatementAssignment_2"
    // InternalItup.g:9146:1: rule__ImplementationCriterion__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9150:1: ( ( RULE_STRING ) )
            // InternalItup.g:9151:2: ( RULE_STRING )
            {
            // InternalItup.g:9151:2: ( RULE_STRING )
            // InternalItup.g:9152:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__StatementAssignment_2"


    // $ANTLR start "rule__ImplementationCriterion__CriteriaAssignment_3_1"
    // InternalItup.g:9161:1: rule__ImplementationCriterion__CriteriaAssignment_3_1 : ( ruleImplementationCriterion ) ;
    public final void rule__ImplementationCriterion__CriteriaAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9165:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:9166:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:9166:2: ( ruleImplementationCriterion )
            // InternalItup.g:9167:3: ruleImplementationCriterion
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__CriteriaAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TermAssignment_1"
    // InternalItup.g:9176:1: rule__GlossaryTerm__TermAssignment_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__TermAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9180:1: ( ( RULE_STRING ) )
            // InternalItup.g:9181:2: ( RULE_STRING )
            {
            // InternalItup.g:9181:2: ( RULE_STRING )
            // InternalItup.g:9182:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TermAssignment_1"


    // $ANTLR start "rule__GlossaryTerm__DefinitionAssignment_3_1"
    // InternalItup.g:9191:1: rule__GlossaryTerm__DefinitionAssignment_3_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__DefinitionAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9195:1: ( ( RULE_STRING ) )
            // InternalItup.g:9196:2: ( RULE_STRING )
            {
            // InternalItup.g:9196:2: ( RULE_STRING )
            // InternalItup.g:9197:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__DefinitionAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TranslationsAssignment_4"
    // InternalItup.g:9206:1: rule__GlossaryTerm__TranslationsAssignment_4 : ( ruleTranslation ) ;
    public final void rule__GlossaryTerm__TranslationsAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9210:1: ( ( ruleTranslation ) )
            // InternalItup.g:9211:2: ( ruleTranslation )
            {
            // InternalItup.g:9211:2: ( ruleTranslation )
            // InternalItup.g:9212:3: ruleTranslation
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TranslationsAssignment_4"


    // $ANTLR start "rule__Translation__LanguageAssignment_0"
    // InternalItup.g:9221:1: rule__Translation__LanguageAssignment_0 : ( RULE_ID ) ;
    public final void rule__Translation__LanguageAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9225:1: ( ( RULE_ID ) )
            // InternalItup.g:9226:2: ( RULE_ID )
            {
            // InternalItup.g:9226:2: ( RULE_ID )
            // InternalItup.g:9227:3: RULE_ID
            {
             before(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__LanguageAssignment_0"


    // $ANTLR start "rule__Translation__TextAssignment_1_0"
    // InternalItup.g:9236:1: rule__Translation__TextAssignment_1_0 : ( RULE_STRING ) ;
    public final void rule__Translation__TextAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9240:1: ( ( RULE_STRING ) )
            // InternalItup.g:9241:2: ( RULE_STRING )
            {
            // InternalItup.g:9241:2: ( RULE_STRING )
            // InternalItup.g:9242:3: RULE_STRING
            {
             before(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__TextAssignment_1_0"


    // $ANTLR start "rule__Translation__UnavailableAssignment_1_1"
    // InternalItup.g:9251:1: rule__Translation__UnavailableAssignment_1_1 : ( ( 'unavailable' ) ) ;
    public final void rule__Translation__UnavailableAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9255:1: ( ( ( 'unavailable' ) ) )
            // InternalItup.g:9256:2: ( ( 'unavailable' ) )
            {
            // InternalItup.g:9256:2: ( ( 'unavailable' ) )
            // InternalItup.g:9257:3: ( 'unavailable' )
            {
             before(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 
            // InternalItup.g:9258:3: ( 'unavailable' )
            // InternalItup.g:9259:4: 'unavailable'
            {
             before(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 
            match(input,78,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 

            }

             after(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__UnavailableAssignment_1_1"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0001A97500381040L,0x0000000000000640L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000800000000002L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0001290000381002L,0x0000000000000640L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000200000000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000008000000002L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000040078000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000078000002L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000400000000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000020000000040L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x000E2C0000000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0008280000000002L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0030000800070800L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x4000040000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x4000000000000002L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0001000000000000L,0x0000000000001000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0080008000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0300040000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0200000000000002L,0x0000000000000002L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x3C020C0000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x3C00080000000002L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x8028000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000460000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000040000000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000038L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000000000030L,0x0000000000002000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000180L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000080L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000100L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000007800040L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000200L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000200L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000040000000020L,0x0000000000000800L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000040L,0x0000000000004000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x000000000000C000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x000000000000C002L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0030000800070802L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x8028000000000002L,0x0000000000000001L});

}
